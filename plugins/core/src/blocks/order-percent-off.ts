import { defineBlock, percentOfHalfUp } from '@campaign-studio/sdk';
import schema from '../../schemas/order-percent-off.json';
import type { OrderPercentOffParams } from '../generated/order-percent-off.js';
import { compileFilter, eligibleLinesOf } from '../lib/line-sets.js';

/** A percentage of the eligible running amount, rounded half-up once, then spread. */
export const orderPercentOff = defineBlock<OrderPercentOffParams>({
  id: 'core.order-percent-off',
  kind: 'benefit',
  stage: 'order',
  group: 'reduction',
  label: { 'zh-CN': '整单折扣', en: 'Percent off the order' },
  description: {
    'zh-CN': '参与商品合计打折，四舍五入到分后按比例分摊',
    en: 'A percentage off the eligible lines together, rounded once, then spread',
  },
  paramsSchema: schema,
  examples: [{ percentOff: 12 }],
  compile({ percentOff, lines: filter }) {
    const compiled = compileFilter(filter);

    return ({ view, lineIds }) => {
      const lines = eligibleLinesOf(view, lineIds, compiled);

      return {
        stage: 'order',
        amount: percentOfHalfUp(lines.amount, percentOff),
        lineIds: lines.ids,
      };
    };
  },
});
