import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/claim-coupon.json';
import type { ClaimCouponParams } from '../generated/claim-coupon.js';

/**
 * E6: in the phases where coupons may be claimed, a `coupon.claim` event for one of the listed
 * kinds is granted. The event names the kind: `{ "type": "coupon.claim", "coupon": "…" }`.
 */
export const claimCoupon = defineBlock<ClaimCouponParams>({
  id: 'ecommerce.claim-coupon',
  kind: 'benefit',
  stage: 'reward',
  group: 'coupon',
  label: { 'zh-CN': '领取优惠券', en: 'Claim a coupon' },
  description: {
    'zh-CN': '本阶段可领取所列券种',
    en: 'The listed coupon kinds may be claimed in this phase',
  },
  paramsSchema: schema,
  examples: [{ coupons: ['shop.100-off-599'] }],
  compile({ coupons }) {
    const expected = coupons.join(' | ');

    return ({ view }) => {
      const wanted = view.context.event?.coupon;
      if (typeof wanted === 'string' && coupons.includes(wanted)) {
        return {
          stage: 'reward',
          reward: {
            item: 'ecommerce.coupon-claim',
            quantity: 1,
            label: { 'zh-CN': `领取 ${wanted}`, en: `Claim ${wanted}` },
            details: { coupon: wanted },
          },
        };
      }
      const asked = typeof wanted === 'string' ? wanted : '—';

      return {
        none: true,
        expected,
        actual: asked,
        message: {
          'zh-CN': `本阶段不能领取 ${asked}，可领：${expected}`,
          en: `${asked} cannot be claimed in this phase; claimable: ${expected}`,
        },
      };
    };
  },
});
