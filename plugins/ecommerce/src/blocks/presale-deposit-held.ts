import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/presale-deposit.json';
import type { PresaleDepositParams } from '../generated/presale-deposit.js';
import { DEPOSIT_ATTRIBUTE, heldDeposits } from '../lib/held-deposits.js';

/**
 * E8: the order pays the balance of a presale item: a line names (attribute `presaleDeposit`)
 * an unused deposit of the kind that the customer holds. The rule works on those lines only.
 */
export const presaleDepositHeld = defineBlock<PresaleDepositParams>({
  id: 'ecommerce.presale-deposit-held',
  kind: 'condition',
  group: 'coupon',
  label: { 'zh-CN': '已付预售定金', en: 'Presale deposit paid' },
  description: {
    'zh-CN': '订单中有已付定金的预售商品（尾款订单）',
    en: 'The order pays the balance of a presale item whose deposit was paid',
  },
  paramsSchema: schema,
  examples: [{ kind: 'ecommerce.presale-deposit' }],
  compile({ kind }) {
    return (view) => {
      const all = view.lines.map((line) => line.line.id);
      const found = heldDeposits(view, all, kind);
      if (found.length > 0) return { passed: true, matchedLines: found.map((f) => f.line.line.id) };

      return {
        passed: false,
        expected: kind,
        actual: '—',
        message: {
          'zh-CN': `订单中没有商品通过 ${DEPOSIT_ATTRIBUTE} 指向顾客持有的未用定金（${kind}）`,
          en: `no line names (${DEPOSIT_ATTRIBUTE}) an unused ${kind} deposit the customer holds`,
        },
      };
    };
  },
});
