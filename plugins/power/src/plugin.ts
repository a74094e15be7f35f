import {
  definePlugin,
  defineTemplate,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import w1Hospital630kva from '../samples/w1-hospital-630kva.json';
import w2ApplicationFinished from '../samples/w2-application-finished.json';
import w2SurveyLate from '../samples/w2-survey-late.json';
import w3CoalBoiler from '../samples/w3-coal-boiler.json';
import bigCustomerClassesTemplate from '../templates/big-customer-classes.json';
import connectionProgressTemplate from '../templates/connection-progress.json';
import switchToElectricTemplate from '../templates/switch-to-electric.json';
import { stageDeadline } from './blocks/stage-deadline.js';
import { stageHandover } from './blocks/stage-handover.js';

/** A power utility: big-customer classes, connection project deadlines, electrification. */
export const powerPlugin = definePlugin({
  id: 'power',
  name: { 'zh-CN': '电力', en: 'Power utility' },
  description: {
    'zh-CN': '大客户分类、业扩报装环节时限与超时提醒、电能替代接电优惠',
    en: 'Big-customer classes, connection project deadlines and alerts, switch-to-electric',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [stageHandover, stageDeadline],
  templates: [bigCustomerClassesTemplate, connectionProgressTemplate, switchToElectricTemplate].map(
    (json) => defineTemplate(json as TemplateDefinition),
  ),
  samples: [w1Hospital630kva, w2SurveyLate, w2ApplicationFinished, w3CoalBoiler] as SampleContext[],
});
