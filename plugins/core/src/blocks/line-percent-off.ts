import { defineBlock, percentOfHalfUp } from '@campaign-studio/sdk';
import schema from '../../schemas/line-percent-off.json';
import type { LinePercentOffParams } from '../generated/line-percent-off.js';
import { compileFilter, eligibleLinesOf } from '../lib/line-sets.js';

/**
 * A percentage off each eligible line, computed on unit price × quantity and rounded half-up
 * once per line: 25% of a 19.99 line is 5.00 off.
 */
export const linePercentOff = defineBlock<LinePercentOffParams>({
  id: 'core.line-percent-off',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '单品折扣', en: 'Percent off each line' },
  description: {
    'zh-CN': '每个参与商品行按比例打折，每行四舍五入到分',
    en: 'A percentage off each eligible line, rounded per line',
  },
  paramsSchema: schema,
  examples: [{ percentOff: 25 }],
  compile({ percentOff, lines: filter }) {
    const compiled = compileFilter(filter);

    return ({ view, lineIds }) => ({
      stage: 'line',
      perLine: eligibleLinesOf(view, lineIds, compiled).lines.map((line) => ({
        lineId: line.line.id,
        amount: percentOfHalfUp(line.listAmount, percentOff),
      })),
    });
  },
});
