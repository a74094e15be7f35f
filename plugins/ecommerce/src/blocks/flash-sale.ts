import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/flash-sale.json';
import type { FlashSaleParams } from '../generated/flash-sale.js';
import { currentSession, flashLines } from '../lib/flash-units.js';
import { flashSaleNone } from '../lib/flash-sale-none.js';

/**
 * E3 整点秒杀: in the session of the local hour, the session's items sell at their flash price,
 * `perCustomer` units per customer per item per session (the line attribute
 * `flashBoughtThisSession` says how many the customer already has); further units at list
 * price. Stock is the ledger's: `ecommerce.flash-sale-stock` reports what to hold.
 */
export const flashSale = defineBlock<FlashSaleParams>({
  id: 'ecommerce.flash-sale',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '整点秒杀价', en: 'Hourly flash price' },
  description: {
    'zh-CN': '整点场次内的秒杀商品按秒杀价，每人每场每款限购',
    en: "The hour's session items sell at the flash price, limited per customer",
  },
  paramsSchema: schema,
  examples: [
    {
      sessions: [{ hour: 10, items: [{ sku: 'dress-a', price: 1990, stock: 50 }] }],
      perCustomer: 1,
    },
  ],
  compile(params) {
    return ({ view, lineIds }) => {
      const session = currentSession(params, view);
      const allowed = new Set(lineIds);
      const lines = view.lines.filter((line) => allowed.has(line.line.id));
      const flash = session ? flashLines(params, session, lines) : [];
      if (flash.length === 0) return flashSaleNone(params, view, session);

      return {
        stage: 'line',
        perLine: flash.map(({ lineId, reduction }) => ({ lineId, amount: reduction })),
      };
    };
  },
});
