import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/spend-ladder.json';
import type { CardLevel, SpendLadderParams } from '../generated/spend-ladder.js';
import { isAddOn } from '../lib/attributes.js';

/**
 * R7: a membership card by single-day spend. The day's spend is what the ledger says the
 * customer paid earlier that local day (`customer.paidToday`) plus what this receipt pays, add-on
 * purchases left out. Only a level above the one the earlier spend reached is granted, so a day
 * of 30 + 25 grants the VIP card once, with the second receipt.
 */
export const spendLadder = defineBlock<SpendLadderParams>({
  id: 'retail.spend-ladder',
  kind: 'benefit',
  stage: 'reward',
  group: 'customer',
  label: { 'zh-CN': '单日消费送会员卡', en: 'Card by single-day spend' },
  description: {
    'zh-CN': '按当日累计消费（之前已付 + 本单实付）发放会员卡，只发更高一级',
    en: "Grants a card by the day's spend (paid earlier today + this receipt), only a higher one",
  },
  paramsSchema: schema,
  examples: [
    {
      levels: [
        { level: 'vip', min: 5000, name: { 'zh-CN': 'VIP卡', en: 'VIP card' } },
        { level: 'diamond', min: 50000, name: { 'zh-CN': '钻石卡', en: 'Diamond card' } },
      ],
    },
  ],
  compile({ levels }) {
    const ladder = [...levels].sort((a, b) => a.min - b.min);
    const levelAt = (amount: number): CardLevel | undefined =>
      ladder.filter((level) => amount >= level.min).at(-1);

    return ({ view }) => {
      const before = view.context.customer.paidToday ?? 0;
      const paid = view.lines.reduce(
        (sum, line) => sum + (isAddOn(line.line) ? 0 : line.unpaid),
        0,
      );
      const total = before + paid;
      const reached = levelAt(total);
      const held = levelAt(before);
      if (reached && reached !== held) {
        return {
          stage: 'reward',
          reward: {
            item: `retail.card.${reached.level}`,
            quantity: 1,
            label: reached.name,
            details: { level: reached.level, dayTotal: total },
          },
        };
      }
      const next = ladder.find((level) => level.min > total);

      return {
        none: true,
        expected: next ? `≥ ${yuan(next.min)}` : '—',
        actual: yuan(total),
        message: next
          ? {
              'zh-CN': `当日累计消费 ${yuan(total)}，未达 ${next.name['zh-CN']} 的 ${yuan(next.min)}`,
              en: `day's spend ${yuan(total)} < ${yuan(next.min)} for the ${next.name.en}`,
            }
          : {
              'zh-CN': `今日已获得最高卡级 ${held?.name['zh-CN'] ?? ''}`,
              en: `the top card (${held?.name.en ?? ''}) was already reached today`,
            },
      };
    };
  },
});
