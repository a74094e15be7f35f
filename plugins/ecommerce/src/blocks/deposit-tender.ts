import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/presale-deposit.json';
import type { PresaleDepositParams } from '../generated/presale-deposit.js';
import { heldDeposits } from '../lib/held-deposits.js';

/**
 * E8: the deposit already paid settles part of its line, as a tender: it lowers what is due,
 * not the discount, and a refund returns it as the deposit it was.
 */
export const depositTender = defineBlock<PresaleDepositParams>({
  id: 'ecommerce.deposit-tender',
  kind: 'benefit',
  stage: 'tender',
  group: 'tender',
  label: { 'zh-CN': '抵扣已付定金', en: 'Deposit paid' },
  description: {
    'zh-CN': '已付定金抵扣尾款',
    en: 'The deposit already paid settles part of the balance',
  },
  paramsSchema: schema,
  examples: [{ kind: 'ecommerce.presale-deposit' }],
  compile({ kind }) {
    return ({ view, lineIds }) => {
      const found = heldDeposits(view, lineIds, kind);
      if (found.length > 0) {
        return {
          stage: 'tender',
          amount: found.reduce((sum, { deposit }) => sum + deposit.value, 0),
          lineIds: found.map(({ line }) => line.line.id),
          instruments: found.map(({ deposit }) => ({
            id: deposit.id,
            kind: deposit.kind,
            value: deposit.value,
          })),
        };
      }

      return {
        none: true,
        expected: kind,
        actual: '—',
        message: {
          'zh-CN': `没有可抵扣的定金（${kind}）`,
          en: `no ${kind} deposit left to settle the balance`,
        },
      };
    };
  },
});
