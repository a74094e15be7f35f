import { defineBlock, type HeldCoupon } from '@campaign-studio/sdk';
import schema from '../../schemas/coupon-held.json';
import type { CouponHeldParams } from '../generated/coupon-held.js';

/**
 * The customer holds a usable coupon of this kind: not used by a campaign before, not expired.
 * The rule consumes the one that expires soonest, and its expiry breaks ties between offers.
 */
export const couponHeld = defineBlock<CouponHeldParams>({
  id: 'core.coupon-held',
  kind: 'condition',
  group: 'coupon',
  label: { 'zh-CN': '持有优惠券', en: 'Holds a coupon' },
  description: {
    'zh-CN': '顾客持有该券种的可用券，规则生效时核销一张',
    en: 'The customer holds a usable coupon of this kind; the rule uses one',
  },
  paramsSchema: schema,
  examples: [{ coupon: 'shop-100-off-599' }],
  compile({ coupon }) {
    return (view) => {
      const now = view.local.epochMs;
      const usable = (view.context.coupons ?? [])
        .filter((held) => held.coupon === coupon && view.couponAvailable(held.id))
        .map((held) => ({ held, expiresAtMs: expiryOf(held) }))
        .filter(({ expiresAtMs }) => expiresAtMs === undefined || expiresAtMs > now)
        .sort((a, b) => (a.expiresAtMs ?? Infinity) - (b.expiresAtMs ?? Infinity));
      const chosen = usable[0];
      if (!chosen) {
        return {
          passed: false,
          expected: coupon,
          actual: '—',
          message: {
            'zh-CN': `未持有可用的 ${coupon} 券`,
            en: `holds no usable ${coupon} coupon`,
          },
        };
      }

      return {
        passed: true,
        couponsUsed: [chosen.held.id],
        ...(chosen.expiresAtMs !== undefined && { expiresAtMs: chosen.expiresAtMs }),
      };
    };
  },
});

function expiryOf(held: HeldCoupon): number | undefined {
  return held.expiresAt === undefined ? undefined : Date.parse(held.expiresAt);
}
