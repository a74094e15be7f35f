import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/claim-brand-coupon.json';
import type { ClaimBrandCouponParams } from '../generated/claim-brand-coupon.js';

/**
 * R5: a `coupon.claim` event takes one of the listed kinds, at most `maxPerCustomer` of each
 * kind per person. The server counts the claims in its ledger and passes the count as
 * `event.claimedBefore`: `{ "type": "coupon.claim", "coupon": "…", "claimedBefore": 9 }`.
 */
export const claimBrandCoupon = defineBlock<ClaimBrandCouponParams>({
  id: 'retail.claim-brand-coupon',
  kind: 'benefit',
  stage: 'reward',
  group: 'coupon',
  label: { 'zh-CN': '领取品牌券', en: 'Claim a brand coupon' },
  description: {
    'zh-CN': '可领取所列券种，每人每种有上限',
    en: 'The listed coupon kinds may be claimed, up to a number per person and kind',
  },
  paramsSchema: schema,
  examples: [{ coupons: ['retail.brand-haier-50'], maxPerCustomer: 10 }],
  compile({ coupons, maxPerCustomer }) {
    const expected = coupons.join(' | ');

    return ({ view }) => {
      const wanted = view.context.event?.coupon;
      const before = view.context.event?.claimedBefore;
      const claimed = typeof before === 'number' ? before : 0;
      if (typeof wanted !== 'string' || !coupons.includes(wanted)) {
        const asked = typeof wanted === 'string' ? wanted : '—';
        return {
          none: true,
          expected,
          actual: asked,
          message: {
            'zh-CN': `不能领取 ${asked}，可领：${expected}`,
            en: `${asked} cannot be claimed; claimable: ${expected}`,
          },
        };
      }
      if (claimed >= maxPerCustomer) {
        return {
          none: true,
          expected: `< ${maxPerCustomer}`,
          actual: String(claimed),
          message: {
            'zh-CN': `已领 ${claimed} 张 ${wanted}，每人最多 ${maxPerCustomer} 张`,
            en: `already claimed ${claimed} of ${wanted}: at most ${maxPerCustomer} per person`,
          },
        };
      }

      return {
        stage: 'reward',
        reward: {
          item: 'retail.coupon-claim',
          quantity: 1,
          label: { 'zh-CN': `领取 ${wanted}`, en: `Claim ${wanted}` },
          details: { coupon: wanted, claimedBefore: claimed },
        },
      };
    };
  },
});
