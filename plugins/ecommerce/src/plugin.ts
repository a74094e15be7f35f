import {
  defineTemplate,
  definePlugin,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import d1Sample from '../samples/d1-order-3000.json';
import d2Sample from '../samples/d2-order-4600.json';
import e1Short from '../samples/e1-order-598.99.json';
import e1Sample from '../samples/e1-order-650.json';
import e1Spread from '../samples/e1-spread-1000.json';
import e6Claim from '../samples/e6-claim-warm-up.json';
import e6Peak from '../samples/e6-order-peak.json';
import eggVouchers from '../templates/egg-vouchers.json';
import goldenEggsTemplate from '../templates/golden-eggs.json';
import singlesDayPhases from '../templates/singles-day-phases.json';
import tieredCoupons from '../templates/tiered-coupons.json';
import { claimCoupon } from './blocks/claim-coupon.js';
import { goldenEggs } from './blocks/golden-eggs.js';

/** Online shops and B2B wholesale: Singles' Day coupons and phases, golden eggs, vouchers. */
export const ecommercePlugin = definePlugin({
  id: 'ecommerce',
  name: { 'zh-CN': '电商', en: 'E-commerce' },
  description: {
    'zh-CN': '网店与批发电商：双11店铺券、分阶段活动、砸金蛋、抵用券',
    en: "Online shops and wholesale: Singles' Day coupons, phases, golden eggs, vouchers",
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [goldenEggs, claimCoupon],
  templates: [tieredCoupons, singlesDayPhases, goldenEggsTemplate, eggVouchers].map((json) =>
    defineTemplate(json as TemplateDefinition),
  ),
  samples: [e1Sample, e1Short, e1Spread, e6Claim, e6Peak, d1Sample, d2Sample] as SampleContext[],
});
