import {
  definePlugin,
  defineTemplate,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import b1Aum500000 from '../samples/b1-aum-500000.json';
import b1CardNotice from '../samples/b1-card-notice.json';
import b2PlatinumDeposit from '../samples/b2-platinum-deposit.json';
import depositCampaignTemplate from '../templates/deposit-campaign.json';
import vipGradingTemplate from '../templates/vip-grading.json';
import { bonusRate } from './blocks/bonus-rate.js';
import { cardExpiry } from './blocks/card-expiry.js';
import { vipGrade } from './blocks/vip-grade.js';

/** Retail banks: VIP grades and cards by assets, deposit campaigns with bonus rates. */
export const bankPlugin = definePlugin({
  id: 'bank',
  name: { 'zh-CN': '银行', en: 'Banking' },
  description: {
    'zh-CN': '按资产评定贵宾等级、发卡换卡与到期提醒、新增存款礼与理财加息',
    en: 'VIP grades and cards by assets, expiry notices, deposit gifts and bonus rates',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [vipGrade, cardExpiry, bonusRate],
  templates: [vipGradingTemplate, depositCampaignTemplate].map((json) =>
    defineTemplate(json as TemplateDefinition),
  ),
  samples: [b1Aum500000, b1CardNotice, b2PlatinumDeposit] as SampleContext[],
});
