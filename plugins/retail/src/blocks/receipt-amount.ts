import { amountOf, idsOf, yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/receipt-amount.json';
import type { ReceiptAmountParams } from '../generated/receipt-amount.js';
import { retailLines } from '../lib/retail-lines.js';

/**
 * 小票满 X: the running amount of the eligible lines reaches the threshold ("≥" inclusive).
 * Unlike `core.order-amount` it reads the retail facts (brand class, product class) and never
 * counts add-on purchases. The qualifying lines are what the rule's benefits work on.
 */
export const receiptAmount = defineBlock<ReceiptAmountParams>({
  id: 'retail.receipt-amount',
  kind: 'condition',
  group: 'amount',
  label: { 'zh-CN': '小票满额', en: 'Receipt amount' },
  description: {
    'zh-CN': '参与商品的当前金额达到门槛（含等于），加价购商品不计',
    en: 'The eligible lines reach the threshold; add-on purchases never count',
  },
  paramsSchema: schema,
  examples: [{ min: 30000 }, { min: 1, lines: { excludeBrandClasses: ['A'] } }],
  compile({ min, exclusive = false, lines: filter }) {
    const comparator = exclusive ? '>' : '≥';

    return (view) => {
      const lines = retailLines(view.lines, filter);
      const amount = amountOf(lines);
      const passed = lines.length > 0 && (exclusive ? amount > min : amount >= min);
      if (passed) return { passed, matchedLines: idsOf(lines) };
      const failed = exclusive ? '≤' : '<';

      return {
        passed,
        expected: `${comparator} ${yuan(min)}`,
        actual: yuan(amount),
        message:
          lines.length === 0
            ? { 'zh-CN': '小票中没有参与商品', en: 'no eligible line on the receipt' }
            : {
                'zh-CN': `小票适用金额 ${yuan(amount)} ${failed} ${yuan(min)}`,
                en: `receipt amount ${yuan(amount)} ${failed} ${yuan(min)}`,
              },
      };
    };
  },
});
