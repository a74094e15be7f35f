import { defineBlock, type LimitClaim } from '@campaign-studio/sdk';
import schema from '../../schemas/reward-stock.json';
import type { RewardStockParams } from '../generated/reward-stock.js';
import { GUEST_REFUSED } from '../lib/guest-refusal.js';
import { stockClaim, stockedUnits } from '../lib/reward-stock-claims.js';

/**
 * Stock that the campaign's rewards declare (R8 perks, E3 flash units per item and session):
 * the marketer sets the stock once, on the reward, and this block holds it. `perCustomer`
 * caps the units one customer takes per item and session (E3: one).
 */
export const rewardStock = defineBlock<RewardStockParams>({
  id: 'core.reward-stock',
  kind: 'limit',
  group: 'limit',
  label: { 'zh-CN': '奖励库存', en: 'Reward stock' },
  description: {
    'zh-CN': '按奖励上设的库存扣减（权益、秒杀每款每场），发完即止；可限每人每款每场件数',
    en: 'Holds the stock set on the rewards (perks, flash units per session), optionally per person',
  },
  paramsSchema: schema,
  examples: [{}, { perCustomer: 1, guests: 'refuse' }],
  compile({ perDay = false, perCustomer, guests = 'refuse' }) {
    return (input) => {
      const stocked = stockedUnits(input);
      if (stocked.length === 0) return [];
      const claims: LimitClaim[] = [];
      for (const units of stocked) {
        const stock = stockClaim(input, units, perDay);
        claims.push(stock);
        if (perCustomer === undefined) continue;
        if (input.customerKey === undefined) {
          if (guests === 'refuse') return GUEST_REFUSED;
          continue;
        }
        claims.push({
          key: `${stock.key}:customer:${input.customerKey}`,
          kind: 'per-customer',
          unit: 'count',
          capacity: perCustomer,
          amount: units.units,
          label: {
            'zh-CN': `${stock.label['zh-CN']}每人限购`,
            en: `${stock.label.en} per customer`,
          },
        });
      }

      return claims;
    };
  },
});
