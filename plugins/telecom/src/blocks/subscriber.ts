import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock, type ConditionOutcome, type LocalizedText } from '@campaign-studio/sdk';
import schema from '../../schemas/subscriber.json';
import type { SubscriberParams } from '../generated/subscriber.js';
import { booleanFact, numberFact } from '../lib/event-facts.js';

/**
 * Who recharges: new or existing, how long on the network, how much a month, how sensitive to
 * price. The facts come with the event (`newUser`, `tenureMonths`, `monthlySpend` in fen,
 * `priceSensitive`), as the operator's billing system knows them.
 */
export const subscriber = defineBlock<SubscriberParams>({
  id: 'telecom.subscriber',
  kind: 'condition',
  group: 'customer',
  label: { 'zh-CN': '用户画像', en: 'Subscriber' },
  description: {
    'zh-CN': '新老用户、在网时长、月均消费、价格敏感度符合要求',
    en: 'New or existing, tenure, monthly spend and price sensitivity as required',
  },
  paramsSchema: schema,
  examples: [{ newUser: false }, { minTenureMonths: 36, minMonthlySpend: 30000 }],
  compile({ newUser, minTenureMonths, minMonthlySpend, priceSensitive }) {
    return (view) => {
      const context = view.context;
      if (newUser !== undefined) {
        const actual = booleanFact(context, 'newUser') ?? false;
        if (actual !== newUser) {
          return fail(audience(newUser), audience(actual), {
            'zh-CN': `本活动仅限${audience(newUser)['zh-CN']}`,
            en: `only for ${audience(newUser).en}`,
          });
        }
      }
      if (minTenureMonths !== undefined) {
        const tenure = numberFact(context, 'tenureMonths') ?? 0;
        if (tenure < minTenureMonths) {
          return failText(`≥ ${minTenureMonths}`, String(tenure), {
            'zh-CN': `在网 ${tenure} 个月，不足 ${minTenureMonths} 个月`,
            en: `tenure ${tenure} months < ${minTenureMonths}`,
          });
        }
      }
      if (minMonthlySpend !== undefined) {
        const spend = numberFact(context, 'monthlySpend') ?? 0;
        if (spend < minMonthlySpend) {
          return failText(`≥ ${yuan(minMonthlySpend)}`, yuan(spend), {
            'zh-CN': `月均消费 ${yuan(spend)} 不足 ${yuan(minMonthlySpend)}`,
            en: `monthly spend ${yuan(spend)} < ${yuan(minMonthlySpend)}`,
          });
        }
      }
      if (priceSensitive !== undefined) {
        const actual = booleanFact(context, 'priceSensitive') ?? false;
        if (actual !== priceSensitive) {
          return failText(String(priceSensitive), String(actual), {
            'zh-CN': priceSensitive ? '不是价格敏感用户' : '是价格敏感用户',
            en: priceSensitive
              ? 'not a price-sensitive subscriber'
              : 'a price-sensitive subscriber',
          });
        }
      }

      return { passed: true };
    };
  },
});

function audience(newUser: boolean): LocalizedText {
  return newUser
    ? { 'zh-CN': '新用户', en: 'new users' }
    : { 'zh-CN': '老用户', en: 'existing users' };
}

function fail(expected: LocalizedText, actual: LocalizedText, message: LocalizedText) {
  return failText(expected.en, actual.en, message);
}

function failText(expected: string, actual: string, message: LocalizedText): ConditionOutcome {
  return { passed: false, expected, actual, message };
}
