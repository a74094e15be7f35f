import { defineBlock, type LimitClaim } from '@campaign-studio/sdk';
import schema from '../../schemas/per-customer.json';
import type { PerCustomerParams } from '../generated/per-customer.js';
import { GUEST_REFUSED } from '../lib/guest-refusal.js';
import { campaignCounterKey } from '../lib/limit-keys.js';

/**
 * Uses per customer, in all and/or per local day of the campaign's zone (23:30 UTC on 10 Nov
 * counts on 11 Nov in Shanghai). A guest is counted by phone; one with nothing to identify
 * them is refused, or with `guests: allow` let through uncounted.
 */
export const perCustomer = defineBlock<PerCustomerParams>({
  id: 'core.per-customer',
  kind: 'limit',
  group: 'limit',
  label: { 'zh-CN': '每人限次', en: 'Uses per customer' },
  description: {
    'zh-CN': '每位顾客共可参与几次、每天可参与几次；游客按手机号识别',
    en: 'How often one customer may use the campaign, in all and per day; guests by phone',
  },
  paramsSchema: schema,
  examples: [
    { total: 1, guests: 'refuse' },
    { perDay: 1, guests: 'allow' },
  ],
  compile({ total, perDay, guests = 'refuse' }) {
    return ({ campaignId, customerKey, local }) => {
      if (customerKey === undefined) return guests === 'refuse' ? GUEST_REFUSED : [];
      const claims: LimitClaim[] = [];
      const customer = campaignCounterKey(campaignId, 'customer', customerKey);
      if (total !== undefined) {
        claims.push({
          key: customer,
          kind: 'per-customer',
          unit: 'count',
          capacity: total,
          amount: 1,
          label: { 'zh-CN': '每人参与次数', en: 'uses per customer' },
        });
      }
      if (perDay !== undefined) {
        claims.push({
          key: `${customer}:day:${local.date}`,
          kind: 'per-customer',
          unit: 'count',
          capacity: perDay,
          amount: 1,
          label: {
            'zh-CN': `${local.date} 每人参与次数`,
            en: `uses per customer on ${local.date}`,
          },
        });
      }

      return claims;
    };
  },
});
