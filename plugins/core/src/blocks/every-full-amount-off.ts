import { defineBlock } from '@campaign-studio/sdk';
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

    return ({ view, lineIds }) => {
      const lines = eligibleLinesOf(view, lineIds, compiled);
      const eligible = lines.amount;
      const times = Math.min(Math.floor(eligible / every), maxTimes ?? Infinity);
      if (times === 0) {
        return {
          none: true,
          explain: () => ({
            expected: `≥ ${yuan(every)}`,
            actual: yuan(eligible),
            message: {
              'zh-CN': `适用金额 ${yuan(eligible)} 不满 ${yuan(every)}`,
              en: `eligible amount ${yuan(eligible)} < ${yuan(every)}`,
            },
          }),
        };
      }

      return { stage: 'order', amount: times * amount, lineIds: lines.ids };
    };
  },
});
