import {
  definePlugin,
  defineTemplate,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import r1TvLaptopSpecialAc from '../samples/r1-tv-laptop-special-ac.json';
import r10Receipt11 from '../samples/r10-receipt-11.json';
import r11BothAddOns from '../samples/r11-both-add-ons.json';
import r13CosmeticsCounter from '../samples/r13-cosmetics-counter.json';
import r14ThreePromotionItems from '../samples/r14-three-promotion-items.json';
import r15PlatinumGucci from '../samples/r15-platinum-gucci.json';
import r16UniformPrice from '../samples/r16-uniform-price.json';
import r17BrandClasses from '../samples/r17-brand-classes.json';
import r2GradeBBundle from '../samples/r2-grade-b-bundle.json';
import r3HeroTv from '../samples/r3-hero-tv.json';
import r4Receipt650Every from '../samples/r4-receipt-650-every.json';
import r4Receipt650 from '../samples/r4-receipt-650.json';
import r5Claim from '../samples/r5-claim.json';
import r5TwoBrandCoupons from '../samples/r5-two-brand-coupons.json';
import r6PennyOnline from '../samples/r6-penny-online.json';
import r7SecondOrder from '../samples/r7-second-order.json';
import r8DiamondCheckIn from '../samples/r8-diamond-check-in.json';
import r9HalfPriceDay from '../samples/r9-half-price-day.json';
import v3CoOpAdvertising from '../samples/v3-co-op-advertising.json';
import v3DisplayAllowance from '../samples/v3-display-allowance.json';
import v5CreditOrder from '../samples/v5-credit-order.json';
import apparelMultiBuyTemplate from '../templates/apparel-multi-buy.json';
import brandClassDiscountTemplate from '../templates/brand-class-discount.json';
import brandCouponsTemplate from '../templates/brand-coupons.json';
import bundleDiscountTemplate from '../templates/bundle-discount.json';
import cosmeticsMenuTemplate from '../templates/cosmetics-menu.json';
import dealerCreditTemplate from '../templates/dealer-credit.json';
import dealerTradeSubsidiesTemplate from '../templates/dealer-trade-subsidies.json';
import heroItemsTemplate from '../templates/hero-items.json';
import mallReductionsTemplate from '../templates/mall-reductions.json';
import pennyFlashTemplate from '../templates/penny-flash.json';
import scratchCardsTemplate from '../templates/scratch-cards.json';
import spendThousandReturnHundredTemplate from '../templates/spend-thousand-return-hundred.json';
import storeWideEveryFullReductionTemplate from '../templates/store-wide-every-full-reduction.json';
import storeWideReductionTemplate from '../templates/store-wide-reduction.json';
import sweetAddOnsTemplate from '../templates/sweet-add-ons.json';
import uniformPriceSaleTemplate from '../templates/uniform-price-sale.json';
import vipCardLadderTemplate from '../templates/vip-card-ladder.json';
import vipPerksTemplate from '../templates/vip-perks.json';
import vipPrivateSaleTemplate from '../templates/vip-private-sale.json';
import { addOnPrice } from './blocks/add-on-price.js';
import { bundle } from './blocks/bundle.js';
import { claimBrandCoupon } from './blocks/claim-brand-coupon.js';
import { creditLimit } from './blocks/credit-limit.js';
import { emptyBottles } from './blocks/empty-bottles.js';
import { itemCount } from './blocks/item-count.js';
import { perk } from './blocks/perk.js';
import { receiptAmount } from './blocks/receipt-amount.js';
import { scratchCard } from './blocks/scratch-card.js';
import { specialPrices } from './blocks/special-prices.js';
import { tradeSubsidy } from './blocks/trade-subsidy.js';
import { spendLadder } from './blocks/spend-ladder.js';
import { uniformPrice } from './blocks/uniform-price.js';
import { unitVouchers } from './blocks/unit-vouchers.js';

/** Appliance chains, cosmetics counters, department stores and malls. */
export const retailPlugin = definePlugin({
  id: 'retail',
  name: { 'zh-CN': '零售', en: 'Retail' },
  description: {
    'zh-CN': '家电、化妆品、百货与商场：满千返百、满减、会员卡、刮刮卡、加价购、多件多折',
    en: 'Appliances, cosmetics, stores and malls: vouchers back, reductions, cards, add-ons',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [
    receiptAmount,
    itemCount,
    bundle,
    unitVouchers,
    spendLadder,
    specialPrices,
    uniformPrice,
    addOnPrice,
    scratchCard,
    perk,
    emptyBottles,
    claimBrandCoupon,
    tradeSubsidy,
    creditLimit,
  ],
  templates: [
    spendThousandReturnHundredTemplate,
    bundleDiscountTemplate,
    heroItemsTemplate,
    storeWideReductionTemplate,
    storeWideEveryFullReductionTemplate,
    brandCouponsTemplate,
    pennyFlashTemplate,
    vipCardLadderTemplate,
    vipPerksTemplate,
    mallReductionsTemplate,
    scratchCardsTemplate,
    sweetAddOnsTemplate,
    cosmeticsMenuTemplate,
    apparelMultiBuyTemplate,
    vipPrivateSaleTemplate,
    uniformPriceSaleTemplate,
    brandClassDiscountTemplate,
    dealerTradeSubsidiesTemplate,
    dealerCreditTemplate,
  ].map((json) => defineTemplate(json as TemplateDefinition)),
  samples: [
    r1TvLaptopSpecialAc,
    r2GradeBBundle,
    r3HeroTv,
    r4Receipt650,
    r4Receipt650Every,
    r5TwoBrandCoupons,
    r5Claim,
    r6PennyOnline,
    r7SecondOrder,
    r8DiamondCheckIn,
    r9HalfPriceDay,
    r10Receipt11,
    r11BothAddOns,
    r13CosmeticsCounter,
    r14ThreePromotionItems,
    r15PlatinumGucci,
    r16UniformPrice,
    r17BrandClasses,
    v3CoOpAdvertising,
    v3DisplayAllowance,
    v5CreditOrder,
  ] as SampleContext[],
});
