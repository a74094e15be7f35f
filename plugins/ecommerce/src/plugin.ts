import {
  defineTemplate,
  definePlugin,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import d1Sample from '../samples/d1-order-3000.json';
import d2Sample from '../samples/d2-order-4600.json';
import d3Sample from '../samples/d3-egg-goods.json';
import e1Short from '../samples/e1-order-598.99.json';
import e1Sample from '../samples/e1-order-650.json';
import e1Spread from '../samples/e1-spread-1000.json';
import e2Sample from '../samples/e2-paid-at-moment.json';
import e3Sample from '../samples/e3-flash-10am.json';
import e4Sample from '../samples/e4-order-paid-650.json';
import e5Sample from '../samples/e5-reengage-evening.json';
import e6Claim from '../samples/e6-claim-warm-up.json';
import e6Peak from '../samples/e6-order-peak.json';
import e8Sample from '../samples/e8-balance-599.json';
import eggPrizes from '../templates/egg-prizes.json';
import eggVouchers from '../templates/egg-vouchers.json';
import flashSales from '../templates/flash-sales.json';
import freeOrderMoments from '../templates/free-order-moments.json';
import goldenEggsTemplate from '../templates/golden-eggs.json';
import luckyDrawTemplate from '../templates/lucky-draw.json';
import presaleDeposit from '../templates/presale-deposit.json';
import reEngagement from '../templates/re-engagement.json';
import singlesDayPhases from '../templates/singles-day-phases.json';
import tieredCoupons from '../templates/tiered-coupons.json';
import { claimCoupon } from './blocks/claim-coupon.js';
import { depositBonus } from './blocks/deposit-bonus.js';
import { depositTender } from './blocks/deposit-tender.js';
import { flashSale } from './blocks/flash-sale.js';
import { flashSaleStock } from './blocks/flash-sale-stock.js';
import { flashSession } from './blocks/flash-session.js';
import { freeOrderMoment } from './blocks/free-order-moment.js';
import { goldenEggs } from './blocks/golden-eggs.js';
import { luckyDraw } from './blocks/lucky-draw.js';
import { presaleDepositHeld } from './blocks/presale-deposit-held.js';
import { prizeFulfilment } from './blocks/prize-fulfilment.js';

/** Online shops and B2B wholesale: Singles' Day coupons and phases, golden eggs, vouchers. */
export const ecommercePlugin = definePlugin({
  id: 'ecommerce',
  name: { 'zh-CN': '电商', en: 'E-commerce' },
  description: {
    'zh-CN': '网店与批发电商：双11店铺券、分阶段活动、免单、秒杀、抽奖、定金、砸金蛋、抵用券',
    en:
      "Online shops and wholesale: Singles' Day coupons, phases, free orders, flash sales, " +
      'draws, deposits, golden eggs, vouchers',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [
    goldenEggs,
    claimCoupon,
    freeOrderMoment,
    flashSession,
    flashSale,
    flashSaleStock,
    luckyDraw,
    presaleDepositHeld,
    depositBonus,
    depositTender,
    prizeFulfilment,
  ],
  templates: [
    tieredCoupons,
    singlesDayPhases,
    goldenEggsTemplate,
    eggVouchers,
    freeOrderMoments,
    flashSales,
    luckyDrawTemplate,
    reEngagement,
    presaleDeposit,
    eggPrizes,
  ].map((json) => defineTemplate(json as TemplateDefinition)),
  samples: [
    e1Sample,
    e1Short,
    e1Spread,
    e6Claim,
    e6Peak,
    d1Sample,
    d2Sample,
    e2Sample,
    e3Sample,
    e4Sample,
    e5Sample,
    e8Sample,
    d3Sample,
  ] as SampleContext[],
});
