import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/paid-amount.json';
import type { PaidAmountParams } from '../generated/paid-amount.js';
import { yuan } from '../lib/yuan.js';

/**
 * 实付满 X: what the customer pays for the order, after the reductions and tenders applied
 * before. Read in a reward rule it is the final paid amount (E4's draw at ≥ 319), since rewards
 * run after every money stage.
 */
export const paidAmount = defineBlock<PaidAmountParams>({
  id: 'core.paid-amount',
  kind: 'condition',
  group: 'amount',
  label: { 'zh-CN': '实付满额', en: 'Paid amount' },
  description: {
    'zh-CN': '减免和抵用券之后的实付金额达到门槛（含等于）',
    en: 'The amount paid after reductions and vouchers reaches a threshold',
  },
  paramsSchema: schema,
  examples: [{ min: 31900 }],
  compile({ min }) {
    return (view) => {
      const paid = view.paidAmount();
      if (paid >= min) return { passed: true };

      return {
        passed: false,
        expected: `≥ ${yuan(min)}`,
        actual: yuan(paid),
        message: {
          'zh-CN': `实付 ${yuan(paid)} < ${yuan(min)}`,
          en: `paid amount ${yuan(paid)} < ${yuan(min)}`,
        },
      };
    };
  },
});
