import {
  definePlugin,
  defineTemplate,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import t1ExistingRecharge100 from '../samples/t1-existing-recharge-100.json';
import t1NewSim100 from '../samples/t1-new-sim-100.json';
import t2BigCustomerRecharge from '../samples/t2-big-customer-recharge.json';
import loyaltyRetentionTemplate from '../templates/loyalty-retention.json';
import rechargeBonusTemplate from '../templates/recharge-bonus.json';
import { bonusCredit } from './blocks/bonus-credit.js';
import { channelSubsidy } from './blocks/channel-subsidy.js';
import { subscriber } from './blocks/subscriber.js';
import { lintRechargeFairness } from './lint/lint-recharge-fairness.js';

/** Mobile operators: recharge bonuses fair to existing users, keeping big customers. */
export const telecomPlugin = definePlugin({
  id: 'telecom',
  name: { 'zh-CN': '电信运营商', en: 'Telecom' },
  description: {
    'zh-CN': '充值送话费、新用户入网与渠道补贴、按在网时长和消费分群保有大客户',
    en: 'Recharge bonuses, new SIMs with channel subsidies, keeping big customers by segment',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [subscriber, bonusCredit, channelSubsidy],
  templates: [rechargeBonusTemplate, loyaltyRetentionTemplate].map((json) =>
    defineTemplate(json as TemplateDefinition),
  ),
  samples: [t1ExistingRecharge100, t1NewSim100, t2BigCustomerRecharge] as SampleContext[],
  lints: [lintRechargeFairness],
});
