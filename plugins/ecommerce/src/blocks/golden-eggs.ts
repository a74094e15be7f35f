import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/golden-eggs.json';
import type { EggTier, GoldenEggsParams } from '../generated/golden-eggs.js';

/**
 * D1: eggs by tiers of the account's cumulative paid amount on the campaign's local day. An
 * order earns tier(before + this) − tier(before), both capped at the day's maximum, where
 * `before` is what the ledger says the customer paid earlier that day.
 */
export const goldenEggs = defineBlock<GoldenEggsParams>({
  id: 'ecommerce.golden-eggs',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '砸金蛋次数', en: 'Golden eggs' },
  description: {
    'zh-CN': '按当日累计实付金额分档发放金蛋，每账户每日封顶',
    en: "Eggs by tiers of the day's cumulative paid amount, capped per account a day",
  },
  paramsSchema: schema,
  examples: [
    {
      tiers: [
        { min: 111100, eggs: 1 },
        { min: 300000, eggs: 3 },
        { min: 500000, eggs: 6 },
      ],
      maxPerDay: 6,
    },
  ],
  compile({ tiers, maxPerDay }) {
    const ladder = [...tiers].sort((a, b) => a.min - b.min);
    const eggsAt = (amount: number) => Math.min(maxPerDay, tierEggs(ladder, amount));

    return ({ view }) => {
      const before = view.context.customer.paidToday ?? 0;
      const total = before + view.paidAmount();
      const earned = eggsAt(total) - eggsAt(before);
      if (earned > 0) {
        return {
          stage: 'reward',
          reward: {
            item: 'ecommerce.golden-egg',
            quantity: earned,
            label: { 'zh-CN': '金蛋', en: 'Golden egg' },
            details: { dayTotal: total, eggsToday: eggsAt(total) },
          },
        };
      }
      const next = ladder.find((tier) => tier.min > total);

      return {
        none: true,
        expected: next ? `≥ ${yuan(next.min)}` : `≤ ${maxPerDay}`,
        actual: yuan(total),
        message: next
          ? {
              'zh-CN': `当日累计实付 ${yuan(total)}，未达下一档 ${yuan(next.min)}`,
              en: `day's paid amount ${yuan(total)} is below the next tier ${yuan(next.min)}`,
            }
          : {
              'zh-CN': `今日已得 ${eggsAt(before)} 个金蛋，达到每日上限 ${maxPerDay}`,
              en: `already ${eggsAt(before)} eggs today: the daily cap is ${maxPerDay}`,
            },
      };
    };
  },
});

function tierEggs(ladder: readonly EggTier[], amount: number): number {
  let eggs = 0;
  for (const tier of ladder) if (amount >= tier.min) eggs = tier.eggs;

  return eggs;
}
