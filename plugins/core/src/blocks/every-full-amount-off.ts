import { defineBlock, type BenefitNoneExplained, type FailureText } from '@campaign-studio/sdk';
import schema from '../../schemas/every-full-amount-off.json';
import type { EveryFullAmountOffParams } from '../generated/every-full-amount-off.js';
import { compileFilter, eligibleLinesOf } from '../lib/line-sets.js';
import { yuan } from '../lib/yuan.js';

/** 每满减: every full `every` of the eligible running amount takes `amount` off, up to a cap. */
export const everyFullAmountOff = defineBlock<EveryFullAmountOffParams>({
  id: 'core.every-full-amount-off',
  kind: 'benefit',
  stage: 'order',
  group: 'reduction',
  label: { 'zh-CN': '每满减', en: 'Off for every full amount' },
  description: {
    'zh-CN': '参与商品每满一定金额减一次，可设上限',
    en: 'Takes an amount off for every full amount of the eligible lines, up to a cap',
  },
  paramsSchema: schema,
  examples: [{ every: 30000, amount: 10000 }],
  compile({ every, amount, maxTimes, lines: filter }) {
    const compiled = compileFilter(filter);
    const words = { everyText: yuan(every), expected: `≥ ${yuan(every)}` };

    return ({ view, lineIds }) => {
      const lines = eligibleLinesOf(view, lineIds, compiled);
      const eligible = lines.amount;
      const times = Math.min(Math.floor(eligible / every), maxTimes ?? Infinity);
      if (times === 0) return new NotOneFull(words, eligible);

      return { stage: 'order', amount: times * amount, lineIds: lines.ids };
    };
  },
});

/** Not one full amount: kept as data, its words built only when the result is explained. */
class NotOneFull implements BenefitNoneExplained {
  readonly none = true;

  constructor(
    private readonly words: { everyText: string; expected: string },
    private readonly eligible: number,
  ) {}

  explain(): FailureText {
    const { everyText, expected } = this.words;
    const actual = yuan(this.eligible);
    return {
      expected,
      actual,
      message: {
        'zh-CN': `适用金额 ${actual} 不满 ${everyText}`,
        en: `eligible amount ${actual} < ${everyText}`,
      },
    };
  }
}
