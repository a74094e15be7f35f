import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/add-on-price.json';
import type { AddOnPriceParams } from '../generated/add-on-price.js';
import { ATTRIBUTES, textAttribute } from '../lib/attributes.js';
import { unitAmounts } from '../lib/retail-lines.js';

/**
 * 加价购 (R11): lines the customer took as this add-on (`attributes.addOn`) sell at the add-on
 * price, `perReceipt` sets at most. It reads the add-on lines itself, not the rule's qualified
 * lines: the rule's threshold never counts add-ons, so they are never among those.
 */
export const addOnPrice = defineBlock<AddOnPriceParams>({
  id: 'retail.add-on-price',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '加价购', en: 'Add-on purchase' },
  description: {
    'zh-CN': '满额后加少量钱换购指定商品，加价部分不计入任何门槛',
    en: 'Pay a little more for an add-on item; add-on payments count toward no threshold',
  },
  paramsSchema: schema,
  examples: [{ addOn: 'lollipops', pay: 100 }],
  compile({ addOn, pay, perReceipt = 1 }) {
    return ({ view }) => {
      let setsLeft = perReceipt;
      const perLine = view.lines.flatMap((line) => {
        if (textAttribute(line.line, ATTRIBUTES.addOn) !== addOn || setsLeft === 0) return [];
        const units = unitAmounts(line).slice(0, setsLeft);
        setsLeft -= units.length;
        const amount = units.reduce((sum, unit) => sum + Math.max(0, unit - pay), 0);

        return amount > 0 ? [{ lineId: line.line.id, amount }] : [];
      });
      if (perLine.length > 0) return { stage: 'line', perLine };

      return {
        none: true,
        expected: addOn,
        actual: '—',
        message: {
          'zh-CN': `小票中没有加价购商品 ${addOn}（加 ${yuan(pay)} 换购）`,
          en: `no ${addOn} add-on line on the receipt (${yuan(pay)} more)`,
        },
      };
    };
  },
});
