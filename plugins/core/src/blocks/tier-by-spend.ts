import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/tier-by-spend.json';
import type { TierBySpendParams } from '../generated/tier-by-spend.js';
import { readEventFact } from '../lib/read-event-fact.js';
import { tierBySpend } from '../lib/tier-by-spend.js';
import { yuan } from '../lib/yuan.js';

/**
 * V2 dynamic tiers: the tier is worked out from the rolling spend the ledger puts in the event
 * (`event.rolling12mSpend`, fen, completed orders net of refunds), not read from the stored
 * `customer.tier`, so an offer follows a new tier on the very next evaluation.
 */
export const tierBySpendCondition = defineBlock<TierBySpendParams>({
  id: 'core.tier-by-spend',
  kind: 'condition',
  group: 'customer',
  label: { 'zh-CN': '按消费额定等级', en: 'Tier by rolling spend' },
  description: {
    'zh-CN': '按近12个月消费额实时计算会员等级，属于所列等级之一',
    en: "The tier the customer's rolling 12-month spend earns now is one of the listed",
  },
  paramsSchema: schema,
  examples: [
    {
      ladder: [
        { tier: 'vip', min: 5000000 },
        { tier: 'key', min: 1000000 },
      ],
      otherwise: 'ordinary',
      accept: ['vip'],
    },
  ],
  compile({ fact = 'rolling12mSpend', ladder, otherwise, accept }) {
    const expected = accept.join(' | ');

    return (view) => {
      const spend = readEventFact(view.context, fact);
      if (typeof spend !== 'number' || !Number.isInteger(spend) || spend < 0) {
        return {
          passed: false,
          expected,
          actual: '—',
          message: {
            'zh-CN': `事件中没有消费额 ${fact}（整数，单位分），无法计算等级`,
            en: `the event has no spend ${fact} (integer fen) to work out the tier from`,
          },
        };
      }
      const tier = tierBySpend(spend, ladder, otherwise);
      if (accept.includes(tier)) return { passed: true };

      return {
        passed: false,
        expected,
        actual: tier,
        message: {
          'zh-CN': `近12个月消费 ${yuan(spend)}，等级为 ${tier}，不在 ${expected} 之中`,
          en: `rolling spend ${yuan(spend)} makes tier ${tier}, not one of ${expected}`,
        },
      };
    };
  },
});
