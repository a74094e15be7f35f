import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/customer-tag.json';
import type { CustomerTagParams } from '../generated/customer-tag.js';

/**
 * The customer carries one of the tags. Tags hold what is not the V1 value tier: a membership
 * card level (`card:diamond`), a segment, a flag the CRM sets.
 */
export const customerTag = defineBlock<CustomerTagParams>({
  id: 'core.customer-tag',
  kind: 'condition',
  group: 'customer',
  label: { 'zh-CN': '顾客标签', en: 'Customer tag' },
  description: {
    'zh-CN': '顾客带有所列标签之一（如会员卡级别）',
    en: 'The customer carries one of the tags (a card level, a segment)',
  },
  paramsSchema: schema,
  examples: [{ tags: ['card:vip', 'card:diamond'] }],
  compile({ tags }) {
    const expected = tags.join(' | ');

    return (view) => {
      const held = view.context.customer.tags ?? [];
      if (held.some((tag) => tags.includes(tag))) return { passed: true };
      const actual = held.length > 0 ? held.join(', ') : '—';

      return {
        passed: false,
        expected,
        actual,
        message: {
          'zh-CN': `顾客标签 ${actual} 中没有 ${expected}`,
          en: `customer tags ${actual} include none of ${expected}`,
        },
      };
    };
  },
});
