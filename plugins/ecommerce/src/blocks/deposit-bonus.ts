import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/deposit-bonus.json';
import type { DepositBonusParams } from '../generated/deposit-bonus.js';
import { heldDeposits } from '../lib/held-deposits.js';

/**
 * E8 定金膨胀: a deposit counts as `countsAs` against the final payment. What it adds beyond
 * what was paid (150 − 50 = 100) is an order reduction on the deposit's line, run before the
 * coupons (the campaign's priority); the paid part is a tender (`ecommerce.deposit-tender`).
 */
export const depositBonus = defineBlock<DepositBonusParams>({
  id: 'ecommerce.deposit-bonus',
  kind: 'benefit',
  stage: 'order',
  group: 'reduction',
  label: { 'zh-CN': '定金膨胀', en: 'Deposit bonus' },
  description: {
    'zh-CN': '定金抵扣时按膨胀后金额计算，多出的部分作为订单减免',
    en: 'A deposit counts as more than was paid; the extra comes off the order',
  },
  paramsSchema: schema,
  examples: [{ kind: 'ecommerce.presale-deposit', countsAs: 15000 }],
  compile({ kind, countsAs }) {
    return ({ view, lineIds }) => {
      const found = heldDeposits(view, lineIds, kind);
      const amount = found.reduce(
        (sum, { deposit }) => sum + Math.max(0, countsAs - deposit.value),
        0,
      );
      if (amount > 0) {
        return { stage: 'order', amount, lineIds: found.map(({ line }) => line.line.id) };
      }

      return {
        none: true,
        expected: `> 0`,
        actual: yuan(0),
        message: {
          'zh-CN': `定金已按 ${yuan(countsAs)} 或更多支付，没有膨胀部分`,
          en: `the deposits paid already reach ${yuan(countsAs)}: nothing extra to take off`,
        },
      };
    };
  },
});
