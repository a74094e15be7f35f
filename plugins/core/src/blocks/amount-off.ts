import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/amount-off.json';
import type { AmountOffParams } from '../generated/amount-off.js';

/**
 * 减 X: a fixed order reduction over the lines the rule's conditions qualified. The engine
 * spreads it by the lines' running amounts and clamps it to what is left.
 */
export const amountOff = defineBlock<AmountOffParams>({
  id: 'core.amount-off',
  kind: 'benefit',
  stage: 'order',
  group: 'reduction',
  label: { 'zh-CN': '立减金额', en: 'Amount off' },
  description: {
    'zh-CN': '订单减去固定金额，按金额比例分摊到参与商品',
    en: 'Takes a fixed amount off the order, spread over the eligible lines',
  },
  paramsSchema: schema,
  examples: [{ amount: 10000 }],
  compile({ amount }) {
    return ({ lineIds }) => ({ stage: 'order', amount, lineIds });
  },
});
