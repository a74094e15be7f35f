import type { BenefitNone, EvaluationView } from '@campaign-studio/sdk';
import type { FlashSaleParams, FlashSession } from '../generated/flash-sale.js';

/** Why an order takes no flash price: no session this hour, or no session item left to it. */
export function flashSaleNone(
  params: FlashSaleParams,
  view: EvaluationView,
  session: FlashSession | undefined,
): BenefitNone {
  const hours = params.sessions.map((each) => `${each.hour}:00`).join(', ');
  const now = view.local.time.slice(0, 5);
  if (!session) {
    return {
      none: true,
      expected: hours,
      actual: now,
      message: {
        'zh-CN': `${now} 不在任何秒杀场次内（${hours}）`,
        en: `${now} is in no flash-sale session (${hours})`,
      },
    };
  }
  const skus = session.items.map((item) => item.sku).join(' | ');

  return {
    none: true,
    expected: skus,
    actual: '—',
    message: {
      'zh-CN': `订单中没有本场（${session.hour}:00）还可按秒杀价购买的商品：${skus}`,
      en: `no item of the ${session.hour}:00 session left at the flash price: ${skus}`,
    },
  };
}
