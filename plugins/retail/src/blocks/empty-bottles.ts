import { idsOf, yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/empty-bottles.json';
import type { EmptyBottlesParams } from '../generated/empty-bottles.js';
import { ATTRIBUTES, countAttribute } from '../lib/attributes.js';
import { eligibleRetailLines } from '../lib/retail-lines.js';

/**
 * 空瓶换购 (R13): bottles handed in against a line (`attributes.emptyBottles`) are worth `value`
 * each off the order, at most one bottle per unit bought.
 */
export const emptyBottles = defineBlock<EmptyBottlesParams>({
  id: 'retail.empty-bottles',
  kind: 'benefit',
  stage: 'order',
  group: 'reduction',
  label: { 'zh-CN': '空瓶抵扣', en: 'Empty-bottle trade-in' },
  description: {
    'zh-CN': '每交回一个空瓶抵一定金额，每购买一件最多抵一个',
    en: 'Each empty bottle handed in takes an amount off, one per unit bought at most',
  },
  paramsSchema: schema,
  examples: [{ value: 1000, lines: { brandClasses: ['A'] } }],
  compile({ value, lines: filter }) {
    return ({ view, lineIds }) => {
      const lines = eligibleRetailLines(view.lines, lineIds, filter).filter(
        ({ line }) => countAttribute(line, ATTRIBUTES.emptyBottles) > 0,
      );
      const bottles = lines.reduce(
        (sum, { line }) =>
          sum + Math.min(countAttribute(line, ATTRIBUTES.emptyBottles), line.quantity),
        0,
      );
      if (bottles > 0) return { stage: 'order', amount: bottles * value, lineIds: idsOf(lines) };

      return {
        none: true,
        expected: '≥ 1',
        actual: '0',
        message: {
          'zh-CN': `没有交回可抵扣的空瓶（每个抵 ${yuan(value)}）`,
          en: `no empty bottle handed in against an eligible line (${yuan(value)} each)`,
        },
      };
    };
  },
});
