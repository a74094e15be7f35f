import { defineBlock, type LimitClaim } from '@campaign-studio/sdk';
import schema from '../../schemas/item-stock.json';
import type { ItemStockParams, StockItem } from '../generated/item-stock.js';
import { campaignCounterKey } from '../lib/limit-keys.js';

/**
 * Stock of listed items sold at the campaign's price (R6 penny items: 100 units a day): the
 * units of the lines the campaign's benefits priced, at most `maxUnits` of an item per order.
 */
export const itemStock = defineBlock<ItemStockParams>({
  id: 'core.item-stock',
  kind: 'limit',
  group: 'limit',
  label: { 'zh-CN': '商品库存', en: 'Item stock' },
  description: {
    'zh-CN': '按活动价售出的商品件数扣减库存，可按天计，售完即止',
    en: 'Units sold at the campaign price count against each item’s stock, in all or per day',
  },
  paramsSchema: schema,
  examples: [{ items: [{ sku: 'penny-01', stock: 100, maxUnits: 1 }], perDay: true }],
  compile({ items, perDay = false }) {
    const bySku = new Map<string, StockItem>(items.map((item) => [item.sku, item]));

    return ({ campaignId, benefits, context, local }) => {
      const priced = new Set(benefits.flatMap((benefit) => benefit.lines.map((l) => l.lineId)));
      const units = new Map<string, number>();
      for (const line of context.lines) {
        const item = bySku.get(line.sku);
        if (!item || !priced.has(line.id)) continue;
        const sum = (units.get(item.sku) ?? 0) + line.quantity;
        units.set(item.sku, Math.min(sum, item.maxUnits ?? sum));
      }

      return [...units].map(([sku, amount]): LimitClaim => {
        const day = perDay ? ['day', local.date] : [];
        return {
          key: campaignCounterKey(campaignId, 'stock', sku, ...day),
          kind: 'stock',
          unit: 'count',
          capacity: (bySku.get(sku) as StockItem).stock,
          amount,
          label: perDay
            ? { 'zh-CN': `${sku} 库存（${local.date}）`, en: `stock of ${sku} on ${local.date}` }
            : { 'zh-CN': `${sku} 库存`, en: `stock of ${sku}` },
        };
      });
    };
  },
});
