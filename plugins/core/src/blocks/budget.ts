import { defineBlock, type LimitClaim } from '@campaign-studio/sdk';
import schema from '../../schemas/budget.json';
import type { BudgetParams } from '../generated/budget.js';
import { campaignCounterKey } from '../lib/limit-keys.js';
import { shareFor } from '../lib/share-for.js';
import { splitBudgetByShares } from '../lib/split-budget-by-shares.js';
import { tierNameZh } from '../lib/tier-names.js';

/**
 * A campaign budget (V1 with shares by tier). Each order takes the campaign's money value in
 * it (money off, tendered, reward values) from the total and from the customer's tier share;
 * shares are split by largest remainder and never borrow from each other.
 */
export const budget = defineBlock<BudgetParams>({
  id: 'core.budget',
  kind: 'limit',
  group: 'limit',
  label: { 'zh-CN': '活动预算', en: 'Budget' },
  description: {
    'zh-CN': '活动总预算，可按会员等级分成份额；预算用完即止，份额之间不互相借用',
    en: 'A total budget, optionally in shares by tier; shares never borrow from each other',
  },
  paramsSchema: schema,
  examples: [
    { total: 10_000_000 },
    {
      total: 10_000_000,
      shares: [
        { tier: 'vip', weight: 60 },
        { tier: 'key', weight: 30 },
        { tier: 'ordinary', weight: 10 },
      ],
    },
  ],
  compile({ total, shares, otherwise = 'ordinary' }) {
    const caps = shares ? splitBudgetByShares(total, shares) : undefined;

    return ({ campaignId, value, context }) => {
      if (value <= 0) return [];
      const claims: LimitClaim[] = [
        {
          key: campaignCounterKey(campaignId, 'budget'),
          kind: 'budget',
          unit: 'fen',
          capacity: total,
          amount: value,
          label: { 'zh-CN': '活动预算', en: 'budget' },
        },
      ];
      if (!caps) return claims;

      const tier = context.customer.tier;
      const share = shareFor(tier, caps, otherwise);
      if (!share) {
        const expected = caps.map((each) => each.tier).join(' | ');
        return {
          refused: true,
          expected,
          actual: tier ?? '—',
          message: {
            'zh-CN': `等级 ${tier ?? '（无）'} 没有预算份额`,
            en: `tier ${tier ?? '(none)'} has no budget share`,
          },
        };
      }
      claims.push({
        key: campaignCounterKey(campaignId, 'budget', 'share', share.tier),
        kind: 'budget-share',
        unit: 'fen',
        capacity: share.cap,
        amount: value,
        label: { 'zh-CN': `${tierNameZh(share.tier)}份额`, en: `${share.tier} share` },
      });

      return claims;
    };
  },
});
