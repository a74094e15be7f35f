import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/package-parts.json';
import type { PackagePartsParams } from '../generated/package-parts.js';

/**
 * H3: a package is all of its parts in one booking (a room night and two hot-spring tickets).
 * The rule's benefits then work on the package lines only, so a percentage is off their sum.
 */
export const packageParts = defineBlock<PackagePartsParams>({
  id: 'hotel.package-parts',
  kind: 'condition',
  group: 'quantity',
  label: { 'zh-CN': '套餐组成齐全', en: 'Package complete' },
  description: {
    'zh-CN': '预订包含套餐的每一部分（如客房 + 2张温泉票），优惠只作用于这些项目',
    en: 'The booking holds every part of the package; benefits work on those lines',
  },
  paramsSchema: schema,
  examples: [
    {
      parts: [
        { category: 'room-night', minQuantity: 1 },
        { category: 'hot-spring-ticket', minQuantity: 2 },
      ],
    },
  ],
  compile({ parts }) {
    return (view) => {
      const matched: string[] = [];
      for (const part of parts) {
        const lines = view.lines.filter(({ line }) => line.category === part.category);
        const quantity = lines.reduce((sum, { line }) => sum + line.quantity, 0);
        if (quantity < part.minQuantity) {
          return {
            passed: false,
            expected: `${part.category} ≥ ${part.minQuantity}`,
            actual: String(quantity),
            message: {
              'zh-CN': `${part.category} 只有 ${quantity} 份，套餐需要 ${part.minQuantity} 份`,
              en: `${quantity} × ${part.category}, the package needs ${part.minQuantity}`,
            },
          };
        }
        matched.push(...lines.map(({ line }) => line.id));
      }

      return { passed: true, matchedLines: [...new Set(matched)] };
    };
  },
});
