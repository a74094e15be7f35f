import { defineBlock, type LineView } from '@campaign-studio/sdk';
import schema from '../../schemas/bundle.json';
import type { BundleParams, BundleSlot } from '../generated/bundle.js';
import { retailLines } from '../lib/retail-lines.js';

/**
 * 套购: every slot of the bundle (an air conditioner, a TV, a fridge or washer) is taken by a
 * different line of the receipt. The lines that fill the slots are what the benefits work on.
 */
export const bundle = defineBlock<BundleParams>({
  id: 'retail.bundle',
  kind: 'condition',
  group: 'quantity',
  label: { 'zh-CN': '套购', en: 'Bundle' },
  description: {
    'zh-CN': '同一张小票里每个套购位置都有一件商品',
    en: 'The receipt holds a line for every slot of the bundle',
  },
  paramsSchema: schema,
  examples: [
    {
      slots: [
        { name: { 'zh-CN': '空调', en: 'Air conditioner' }, categories: ['air-conditioner'] },
        { name: { 'zh-CN': '电视', en: 'TV' }, categories: ['tv'] },
      ],
    },
  ],
  compile({ slots, lines: filter }) {
    const expected = slots.map((slot) => slot.name.en).join(' + ');

    return (view) => {
      const candidates = retailLines(view.lines, filter);
      const taken = new Set<string>();
      const missing: BundleSlot[] = [];
      for (const slot of slots) {
        const line = candidates.find((each) => !taken.has(each.line.id) && fills(slot, each));
        if (line) taken.add(line.line.id);
        else missing.push(slot);
      }
      if (missing.length === 0) return { passed: true, matchedLines: [...taken] };

      return {
        passed: false,
        expected,
        actual: `missing ${missing.map((slot) => slot.name.en).join(', ')}`,
        message: {
          'zh-CN': `套购还缺：${missing.map((slot) => slot.name['zh-CN']).join('、')}`,
          en: `the bundle still lacks: ${missing.map((slot) => slot.name.en).join(', ')}`,
        },
      };
    };
  },
});

function fills(slot: BundleSlot, { line }: LineView): boolean {
  if (slot.categories && !slot.categories.includes(line.category ?? '')) return false;
  if (slot.skus && !slot.skus.includes(line.sku)) return false;

  return true;
}
