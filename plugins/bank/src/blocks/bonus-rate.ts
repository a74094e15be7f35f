import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/bonus-rate.json';
import type { BonusRateParams } from '../generated/bonus-rate.js';
import { managerOf } from '../lib/manager.js';

/**
 * B2: a bonus rate on a wealth product, in basis points (20 = 0.2 percentage points a year).
 * Its value is the extra interest on the deposit (`event.amount`) over its term
 * (`event.termMonths`): amount × bp / 10,000 × months / 12, rounded half-up to the fen.
 */
export const bonusRate = defineBlock<BonusRateParams>({
  id: 'bank.bonus-rate',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '理财加息', en: 'Bonus rate' },
  description: {
    'zh-CN': '理财产品加息若干基点，价值为存期内多得的利息',
    en: 'Extra basis points on a wealth product, worth the extra interest over the term',
  },
  paramsSchema: schema,
  examples: [{ basisPoints: 20, product: 'wealth-90d' }],
  compile({ basisPoints, product }) {
    const percent = (basisPoints / 100).toFixed(2).replace(/0$/, '');

    return ({ view }) => {
      const amountFact = view.context.event?.amount;
      const monthsFact = view.context.event?.termMonths;
      const amount = typeof amountFact === 'number' ? amountFact : 0;
      const months = typeof monthsFact === 'number' ? monthsFact : 0;
      const value = Math.floor((amount * basisPoints * months + 60000) / 120000);

      return {
        stage: 'reward',
        reward: {
          item: 'bank.bonus-rate',
          quantity: 1,
          label: {
            'zh-CN': `${product} 加息 ${percent}%（约 ${yuan(value)}）`,
            en: `${product}: +${percent}% a year (about ${yuan(value)})`,
          },
          value,
          details: { basisPoints, product, amount, termMonths: months, ...managerOf(view.context) },
        },
      };
    };
  },
});
