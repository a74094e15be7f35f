import { defineBlock, type ConditionOutcome } from '@campaign-studio/sdk';
import { readEventFact, yuan } from '@campaign-studio/plugin-core';
import schema from '../../schemas/credit-limit.json';
import type { CreditLimitParams } from '../generated/credit-limit.js';

const wholeFen = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;

/**
 * V5: a dealer may buy on credit only while the credit still outstanding plus this order stays
 * within one regular order's amount (exactly at the limit is allowed). The ledger sends both
 * figures as event facts, `event.outstandingCredit` and `event.regularOrderAmount` (fen); this
 * order is what it pays after reductions and vouchers, so use the block in a reward rule.
 */
export const creditLimit = defineBlock<CreditLimitParams>({
  id: 'retail.credit-limit',
  kind: 'condition',
  group: 'dealer',
  label: { 'zh-CN': '赊销额度', en: 'Credit limit' },
  description: {
    'zh-CN': '未还赊销额加本单不超过一张常规订单的金额',
    en: "Outstanding credit plus this order stays within one regular order's amount",
  },
  paramsSchema: schema,
  examples: [{ outstandingFact: 'outstandingCredit', limitFact: 'regularOrderAmount' }],
  compile({ outstandingFact = 'outstandingCredit', limitFact = 'regularOrderAmount' }) {
    return (view) => {
      const outstanding = readEventFact(view.context, outstandingFact);
      const limit = readEventFact(view.context, limitFact);
      if (!wholeFen(outstanding, 0)) return missing(outstandingFact, '未还赊销额', 'credit');
      if (!wholeFen(limit, 1)) return missing(limitFact, '常规订单金额', 'regular order amount');

      const order = view.paidAmount();
      const after = outstanding + order;
      if (after <= limit) return { passed: true };

      return {
        passed: false,
        expected: `≤ ${yuan(limit)}`,
        actual: yuan(after),
        message: {
          'zh-CN':
            `未还赊销 ${yuan(outstanding)} + 本单 ${yuan(order)} = ${yuan(after)}，` +
            `超过一张常规订单 ${yuan(limit)}`,
          en:
            `outstanding credit ${yuan(outstanding)} + this order ${yuan(order)} = ` +
            `${yuan(after)} > one regular order ${yuan(limit)}`,
        },
      };
    };
  },
});

function missing(fact: string, zh: string, en: string): ConditionOutcome {
  return {
    passed: false,
    expected: fact,
    actual: '—',
    message: {
      'zh-CN': `事件中没有${zh} ${fact}（整数，单位分），无法判断能否赊销`,
      en: `the event has no ${en} ${fact} (integer fen) to decide a credit sale`,
    },
  };
}
