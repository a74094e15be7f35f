import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/uniform-price.json';
import type { UniformPriceParams } from '../generated/uniform-price.js';
import { eligibleRetailLines, unitAmounts } from '../lib/retail-lines.js';

/** 一口价 (R16): every eligible unit sells at one price; a unit already cheaper keeps its price. */
export const uniformPrice = defineBlock<UniformPriceParams>({
  id: 'retail.uniform-price',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '一口价', en: 'Uniform price' },
  description: {
    'zh-CN': '参与商品每件统一售价',
    en: 'Every eligible unit sells at one price',
  },
  paramsSchema: schema,
  examples: [{ price: 20000, lines: { brands: ['urban-thread'] } }],
  compile({ price, lines: filter }) {
    return ({ view, lineIds }) => {
      const perLine = eligibleRetailLines(view.lines, lineIds, filter)
        .map((line) => ({
          lineId: line.line.id,
          amount: unitAmounts(line).reduce((sum, unit) => sum + Math.max(0, unit - price), 0),
        }))
        .filter((line) => line.amount > 0);
      if (perLine.length > 0) return { stage: 'line', perLine };

      return {
        none: true,
        expected: `> ${yuan(price)}`,
        actual: '—',
        message: {
          'zh-CN': `没有单价高于 ${yuan(price)} 的参与商品`,
          en: `no eligible unit priced above ${yuan(price)}`,
        },
      };
    };
  },
});
