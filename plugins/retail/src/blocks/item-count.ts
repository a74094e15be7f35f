import { idsOf } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/item-count.json';
import type { ItemCountParams } from '../generated/item-count.js';
import { retailLines } from '../lib/retail-lines.js';

/**
 * 买 N 件: the eligible units on the receipt number between `min` and `max`. Multi-buy bands
 * (R14) and gifts by count (R13) are rules of this condition; the qualifying lines go on to the
 * rule's benefits.
 */
export const itemCount = defineBlock<ItemCountParams>({
  id: 'retail.item-count',
  kind: 'condition',
  group: 'quantity',
  label: { 'zh-CN': '购买件数', en: 'Number of items' },
  description: {
    'zh-CN': '参与商品的件数在区间内（加价购商品不计）',
    en: 'The eligible units number within a band (add-ons never count)',
  },
  paramsSchema: schema,
  examples: [
    { min: 2, max: 2 },
    { min: 3, lines: { productClasses: ['promotion'] } },
  ],
  compile({ min, max, lines: filter }) {
    const expected = max === undefined ? `≥ ${min}` : min === max ? `= ${min}` : `${min}–${max}`;

    return (view) => {
      const lines = retailLines(view.lines, filter);
      const count = lines.reduce((sum, line) => sum + line.line.quantity, 0);
      if (count >= min && (max === undefined || count <= max)) {
        return { passed: true, matchedLines: idsOf(lines) };
      }

      return {
        passed: false,
        expected,
        actual: String(count),
        message: {
          'zh-CN': `参与商品 ${count} 件，要求 ${expected} 件`,
          en: `${count} eligible items, ${expected} needed`,
        },
      };
    };
  },
});
