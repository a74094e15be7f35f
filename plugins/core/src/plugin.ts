import {
  definePlugin,
  defineTemplate,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import v1OrdinaryOrder350 from '../samples/v1-ordinary-order-350.json';
import budgetByTierTemplate from '../templates/budget-by-tier.json';
import { amountOff } from './blocks/amount-off.js';
import { budget } from './blocks/budget.js';
import { claimCap } from './blocks/claim-cap.js';
import { couponHeld } from './blocks/coupon-held.js';
import { customerTag } from './blocks/customer-tag.js';
import { customerTier } from './blocks/customer-tier.js';
import { eventAmount } from './blocks/event-amount.js';
import { eventFact } from './blocks/event-fact.js';
import { eventType } from './blocks/event-type.js';
import { everyFullAmountOff } from './blocks/every-full-amount-off.js';
import { grant } from './blocks/grant.js';
import { itemStock } from './blocks/item-stock.js';
import { linePercentOff } from './blocks/line-percent-off.js';
import { orderAmount } from './blocks/order-amount.js';
import { orderPercentOff } from './blocks/order-percent-off.js';
import { paidAmount } from './blocks/paid-amount.js';
import { perCustomer } from './blocks/per-customer.js';
import { purchaseCount } from './blocks/purchase-count.js';
import { rewardStock } from './blocks/reward-stock.js';
import { tierBySpendCondition } from './blocks/tier-by-spend.js';
import { timeOfDay } from './blocks/time-of-day.js';
import { timeWindow } from './blocks/time-window.js';
import { totalUses } from './blocks/total-uses.js';
import { useVouchers } from './blocks/use-vouchers.js';

/** The built-in generic blocks that every industry plugin builds on. */
export const corePlugin = definePlugin({
  id: 'core',
  name: { 'zh-CN': '通用积木', en: 'Core blocks' },
  description: {
    'zh-CN': '满额、会员等级、时间段、立减、折扣、用券、赠送、预算与库存等各行业通用的积木',
    en: 'Generic blocks for every industry: thresholds, tiers, windows, reductions, limits',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  blocks: [
    orderAmount,
    customerTier,
    customerTag,
    couponHeld,
    eventType,
    eventFact,
    eventAmount,
    paidAmount,
    purchaseCount,
    tierBySpendCondition,
    timeWindow,
    timeOfDay,
    amountOff,
    everyFullAmountOff,
    orderPercentOff,
    linePercentOff,
    useVouchers,
    grant,
    budget,
    totalUses,
    perCustomer,
    rewardStock,
    itemStock,
    claimCap,
  ],
  templates: [budgetByTierTemplate].map((json) => defineTemplate(json as TemplateDefinition)),
  samples: [v1OrdinaryOrder350] as SampleContext[],
});
