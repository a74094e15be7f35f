import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/customer-tier.json';
import type { CustomerTierParams } from '../generated/customer-tier.js';

/** The customer's tier is one of the listed ones (V1's vip / key / ordinary, or a plugin's). */
export const customerTier = defineBlock<CustomerTierParams>({
  id: 'core.customer-tier',
  kind: 'condition',
  group: 'customer',
  label: { 'zh-CN': '会员等级', en: 'Customer tier' },
  description: { 'zh-CN': '顾客属于所列等级之一', en: 'The customer is in one of the tiers' },
  paramsSchema: schema,
  examples: [{ tiers: ['vip'] }],
  // It reads the tier alone: the engine settles campaigns it shuts out once per tier.
  dependsOn: 'customer-tier',
  compile({ tiers }) {
    const expected = tiers.join(' | ');

    return (view) => {
      const tier = view.context.customer.tier;
      if (tier !== undefined && tiers.includes(tier)) return { passed: true };

      return {
        passed: false,
        explain: () => ({
          expected,
          actual: tier ?? '—',
          message: {
            'zh-CN': `会员等级 ${tier ?? '（无）'} 不在 ${expected} 之中`,
            en: `tier ${tier ?? '(none)'} is not one of ${expected}`,
          },
        }),
      };
    };
  },
});
