import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/purchase-count.json';
import type { PurchaseCountParams } from '../generated/purchase-count.js';

/**
 * The customer's completed purchases before this one (`customer.purchaseCount`, from the
 * ledger) are within [min, max]: the segments of a re-engagement campaign (E5).
 */
export const purchaseCount = defineBlock<PurchaseCountParams>({
  id: 'core.purchase-count',
  kind: 'condition',
  group: 'customer',
  label: { 'zh-CN': '已购次数', en: 'Past purchases' },
  description: {
    'zh-CN': '顾客此前完成的购买次数在范围内（含两端）',
    en: 'The number of completed purchases before this one is within a range',
  },
  paramsSchema: schema,
  examples: [{ min: 2, max: 4 }, { min: 10 }],
  compile({ min, max }) {
    const expected = max === undefined ? `≥ ${min}` : `${min}–${max}`;

    return (view) => {
      const count = view.context.customer.purchaseCount;
      if (count !== undefined && count >= min && (max === undefined || count <= max)) {
        return { passed: true };
      }
      const actual = count === undefined ? '—' : String(count);

      return {
        passed: false,
        expected,
        actual,
        message: {
          'zh-CN': `已购 ${count ?? '（未知）'} 次，要求 ${expected} 次`,
          en: `${count ?? '(unknown)'} past purchases, expected ${expected}`,
        },
      };
    };
  },
});
