import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/flash-sale.json';
import type { FlashSaleParams } from '../generated/flash-sale.js';
import { flashSaleNone } from '../lib/flash-sale-none.js';
import { currentSession, flashLines } from '../lib/flash-units.js';

/**
 * E3: the local hour has a flash-sale session and the order holds one of its items that the
 * customer may still buy at the flash price. The rule's benefits then work on those lines.
 */
export const flashSession = defineBlock<FlashSaleParams>({
  id: 'ecommerce.flash-session',
  kind: 'condition',
  group: 'time',
  label: { 'zh-CN': '秒杀场次内', en: 'In a flash-sale session' },
  description: {
    'zh-CN': '当前整点有秒杀场次，且订单中有本场还可按秒杀价购买的商品',
    en: 'The hour has a session and the order holds one of its items the customer may still get',
  },
  paramsSchema: schema,
  examples: [
    {
      sessions: [{ hour: 10, items: [{ sku: 'dress-a', price: 1990, stock: 50 }] }],
      perCustomer: 1,
    },
  ],
  compile(params) {
    return (view) => {
      const session = currentSession(params, view);
      const flash = session ? flashLines(params, session, view.lines) : [];
      if (flash.length > 0) return { passed: true, matchedLines: flash.map((line) => line.lineId) };
      const { message, expected, actual } = flashSaleNone(params, view, session);

      return { passed: false, message, expected, actual };
    };
  },
});
