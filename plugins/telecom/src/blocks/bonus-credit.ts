import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock, percentOfHalfUp } from '@campaign-studio/sdk';
import schema from '../../schemas/bonus-credit.json';
import type { BonusCreditParams } from '../generated/bonus-credit.js';
import { numberFact } from '../lib/event-facts.js';

export const BONUS_CREDIT = 'telecom.bonus-credit';

/**
 * 充值送话费: call credit added to the account, not money off anything; its value is the
 * credit in fen. A percentage is of the event's `amount` (the recharge), rounded half-up once.
 * With both set, the fixed amount and the percentage add up.
 */
export const bonusCredit = defineBlock<BonusCreditParams>({
  id: BONUS_CREDIT,
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '赠送话费', en: 'Bonus credit' },
  description: {
    'zh-CN': '充值后赠送固定话费，或按充值金额比例加送',
    en: 'Adds fixed call credit, or a percentage of the recharge, to the account',
  },
  paramsSchema: schema,
  examples: [{ amount: 3000 }, { percent: 20 }],
  compile({ amount = 0, percent }) {
    return ({ view }) => {
      const recharge = numberFact(view.context, 'amount') ?? 0;
      const extra = percent === undefined ? 0 : percentOfHalfUp(recharge, percent);
      const credit = amount + extra;
      if (credit === 0) {
        return {
          none: true,
          expected: `${percent ?? 0}% × ${yuan(recharge)}`,
          actual: yuan(0),
          message: {
            'zh-CN': `充值金额 ${yuan(recharge)}，没有可加送的话费`,
            en: `recharge ${yuan(recharge)}: no bonus credit to add`,
          },
        };
      }

      return {
        stage: 'reward',
        reward: {
          item: BONUS_CREDIT,
          quantity: 1,
          label: { 'zh-CN': `赠送话费 ${yuan(credit)}`, en: `Bonus credit ${yuan(credit)}` },
          value: credit,
          details: { ...(percent !== undefined && { percent, recharge }) },
        },
      };
    };
  },
});
