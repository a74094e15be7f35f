import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/flash-sale.json';
import type { FlashSaleParams } from '../generated/flash-sale.js';
import { currentSession, flashLines } from '../lib/flash-units.js';
import { flashSaleNone } from '../lib/flash-sale-none.js';

/**
 * E3: the flash units this order takes from each item's session stock, with free shipping, as
 * a reward the ledger holds at redemption (stock per item per session). It reads the same
 * sessions as `ecommerce.flash-sale` and runs after it, on the lines as they were priced.
 */
export const flashSaleStock = defineBlock<FlashSaleParams>({
  id: 'ecommerce.flash-sale-stock',
  kind: 'benefit',
  stage: 'reward',
  group: 'price',
  label: { 'zh-CN': '秒杀库存与包邮', en: 'Flash-sale stock and free shipping' },
  description: {
    'zh-CN': '记录本单占用的秒杀库存（每款每场），秒杀商品包邮',
    en: 'Reports the flash units to hold from each session stock; flash items ship free',
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
      // The flash price already lowered these lines: count units on their list price.
      const lines = view.lines
        .filter((line) => allowed.has(line.line.id))
        .map((line) => ({ ...line, amount: line.listAmount }));
      const flash = session ? flashLines(params, session, lines) : [];
      if (!session || flash.length === 0) return flashSaleNone(params, view, session);
      const units = flash.reduce((sum, line) => sum + line.units, 0);

      return {
        stage: 'reward',
        reward: {
          item: 'ecommerce.flash-sale',
          quantity: units,
          label: { 'zh-CN': '秒杀商品（包邮）', en: 'Flash-sale items (free shipping)' },
          details: {
            session: `${view.local.date}T${String(session.hour).padStart(2, '0')}:00`,
            freeShipping: true,
            items: flash.map(({ sku, units: taken, price, stock }) => ({
              sku,
              units: taken,
              price,
              stock,
            })),
          },
        },
      };
    };
  },
});
