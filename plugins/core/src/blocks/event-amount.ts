import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/event-amount.json';
import type { EventAmountParams } from '../generated/event-amount.js';
import { readEventFact } from '../lib/read-event-fact.js';
import { yuan } from '../lib/yuan.js';

/**
 * 充值/存入满 X: a money fact of the event (fen) reaches a threshold, for trades that do not
 * sell through a cart: a recharge, a stored-value top-up, a deposit, assets under management.
 */
export const eventAmount = defineBlock<EventAmountParams>({
  id: 'core.event-amount',
  kind: 'condition',
  group: 'amount',
  label: { 'zh-CN': '事件金额满额', en: 'Event amount' },
  description: {
    'zh-CN': '事件中的金额（充值、存款、资产等）达到门槛（含等于），可设上限（不含）',
    en: 'A money fact of the event (recharge, deposit, assets) reaches a threshold',
  },
  paramsSchema: schema,
  examples: [{ min: 10000 }, { fact: 'aum', min: 5000000, below: 50000000 }],
  compile({ fact = 'amount', min, below }) {
    const expected = below === undefined ? `≥ ${yuan(min)}` : `[${yuan(min)}, ${yuan(below)})`;

    return (view) => {
      const value = readEventFact(view.context, fact);
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return {
          passed: false,
          expected,
          actual: '—',
          message: {
            'zh-CN': `事件没有金额字段 ${fact}（整数，单位分）`,
            en: `the event has no amount ${fact} (integer fen)`,
          },
        };
      }
      if (value >= min && (below === undefined || value < below)) return { passed: true };
      const failed = value < min ? `< ${yuan(min)}` : `≥ ${yuan(below ?? 0)}`;

      return {
        passed: false,
        expected,
        actual: yuan(value),
        message: {
          'zh-CN': `${fact} 金额 ${yuan(value)} ${failed}`,
          en: `${fact} ${yuan(value)} ${failed}`,
        },
      };
    };
  },
});
