import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/special-prices.json';
import type { PricedItem, SpecialPricesParams } from '../generated/special-prices.js';
import { unitAmounts } from '../lib/retail-lines.js';

/**
 * 特价 / 秒杀: listed models sell at their special price each. Only `maxUnits` units of a receipt
 * get it; the rest pay what they cost before. A special price above the running price gives
 * nothing. Stock is the ledger's: `dailyStock` is held at redemption, not counted here.
 */
export const specialPrices = defineBlock<SpecialPricesParams>({
  id: 'retail.special-prices',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '特价商品', en: 'Special prices' },
  description: {
    'zh-CN': '所列型号按特价销售，可限每单件数',
    en: 'Listed models sell at a special price, optionally limited per receipt',
  },
  paramsSchema: schema,
  examples: [{ items: [{ sku: 'tv-55-hero', price: 199900 }] }],
  compile({ items, excludeSkus = [] }) {
    const bySku = new Map<string, PricedItem>();
    for (const item of items) if (!excludeSkus.includes(item.sku)) bySku.set(item.sku, item);
    const expected = [...bySku.keys()].join(' | ');

    return ({ view }) => {
      const perLine = view.lines.flatMap((line) => {
        const item = bySku.get(line.line.sku);
        if (!item) return [];
        const units = unitAmounts(line).slice(0, item.maxUnits ?? line.line.quantity);
        const amount = units.reduce((sum, unit) => sum + Math.max(0, unit - item.price), 0);

        return amount > 0 ? [{ lineId: line.line.id, amount }] : [];
      });
      if (perLine.length > 0) return { stage: 'line', perLine };

      return {
        none: true,
        expected,
        actual: '—',
        message: {
          'zh-CN': '小票中没有特价商品',
          en: 'no special-price item on the receipt',
        },
      };
    };
  },
});
