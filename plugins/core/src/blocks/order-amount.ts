import { defineBlock, type ConditionOutcome, type FailureText } from '@campaign-studio/sdk';
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
    const compiled = compileFilter(filter);
    const words: ThresholdWords = {
      minText: yuan(min),
      expected: `${exclusive ? '>' : '≥'} ${yuan(min)}`,
      failed: exclusive ? '≤' : '<',
    };

    return (view) => {
      const lines = filteredLines(view, compiled);
      const amount = lines.amount;
      if (exclusive ? amount > min : amount >= min)
        return { passed: true, matchedLines: lines.ids };

      return new BelowThreshold(words, amount);
    };
  },
});

/** What a threshold's failure says, fixed when the block is compiled. */
interface ThresholdWords {
  minText: string;
  expected: string;
  failed: string;
}

/**
 * A failure kept as data: most orders fail most thresholds, and the words (with the amount
 * formatted once) are built only when the result is explained.
 */
class BelowThreshold implements ConditionOutcome {
  readonly passed = false;

  constructor(
    private readonly words: ThresholdWords,
    private readonly amount: number,
  ) {}

  explain(): FailureText {
    const { minText, expected, failed } = this.words;
    const actual = yuan(this.amount);
    return {
      expected,
      actual,
      message: {
        'zh-CN': `适用金额 ${actual} ${failed} ${minText}`,
        en: `eligible amount ${actual} ${failed} ${minText}`,
      },
    };
  }
}
