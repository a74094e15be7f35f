import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/order-amount.json';
import type { OrderAmountParams } from '../generated/order-amount.js';
import { compileFilter, filteredLines } from '../lib/line-sets.js';
import { yuan } from '../lib/yuan.js';

/**
 * 满 X: the running amount of the eligible lines (after line changes and the reductions of
 * campaigns before this one) reaches the threshold. "≥" is inclusive; `exclusive` asks for
 * strictly more, as a no-threshold coupon must leave something to pay.
 */
export const orderAmount = defineBlock<OrderAmountParams>({
  id: 'core.order-amount',
  kind: 'condition',
  group: 'amount',
  label: { 'zh-CN': '订单满额', en: 'Order amount' },
  description: {
    'zh-CN': '参与商品的当前金额达到门槛（含等于）',
    en: 'The eligible lines add up to at least the threshold',
  },
  paramsSchema: schema,
  examples: [{ min: 59900 }, { min: 500, exclusive: true }],
  compile({ min, exclusive = false, lines: filter }) {
    const comparator = exclusive ? '>' : '≥';
    const failed = exclusive ? '≤' : '<';
    const compiled = compileFilter(filter);

    return (view) => {
      const lines = filteredLines(view, compiled);
      const amount = lines.amount;
      const passed = exclusive ? amount > min : amount >= min;
      if (passed) return { passed, matchedLines: lines.ids };

      return {
        passed,
        explain: () => ({
          expected: `${comparator} ${yuan(min)}`,
          actual: yuan(amount),
          message: {
            'zh-CN': `适用金额 ${yuan(amount)} ${failed} ${yuan(min)}`,
            en: `eligible amount ${yuan(amount)} ${failed} ${yuan(min)}`,
          },
        }),
      };
    };
  },
});
