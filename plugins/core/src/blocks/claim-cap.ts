import { defineBlock, type LimitClaim } from '@campaign-studio/sdk';
import schema from '../../schemas/claim-cap.json';
import type { ClaimCapParams } from '../generated/claim-cap.js';
import { GUEST_REFUSED } from '../lib/guest-refusal.js';
import { campaignCounterKey } from '../lib/limit-keys.js';

/**
 * R5 at claim time: at most `maxPerCustomer` coupons of one kind per person. Counts the
 * rewards that name a coupon kind in `details.coupon` (what claim blocks grant), one counter
 * per customer and kind, so the 11th claim is refused however many phones race.
 */
export const claimCap = defineBlock<ClaimCapParams>({
  id: 'core.claim-cap',
  kind: 'limit',
  group: 'limit',
  label: { 'zh-CN': '每人领券上限', en: 'Claims per customer' },
  description: {
    'zh-CN': '每人每种券最多领取几张，由台账计数',
    en: 'How many coupons of one kind one customer may claim, counted by the ledger',
  },
  paramsSchema: schema,
  examples: [{ maxPerCustomer: 10 }],
  compile({ maxPerCustomer, guests = 'refuse' }) {
    return ({ campaignId, rewards, customerKey }) => {
      const claimed = rewards.filter((reward) => typeof reward.details?.coupon === 'string');
      if (claimed.length === 0) return [];
      if (customerKey === undefined) return guests === 'refuse' ? GUEST_REFUSED : [];

      return claimed.map((reward): LimitClaim => {
        const coupon = reward.details?.coupon as string;
        return {
          key: campaignCounterKey(campaignId, 'claims', coupon, 'customer', customerKey),
          kind: 'claim',
          unit: 'count',
          capacity: maxPerCustomer,
          amount: reward.quantity,
          label: { 'zh-CN': `每人可领 ${coupon}`, en: `claims of ${coupon} per customer` },
        };
      });
    };
  },
});
