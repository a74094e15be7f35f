import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock, type LocalizedText } from '@campaign-studio/sdk';
import schema from '../../schemas/free-order-moment.json';
import type { FreeOrderMomentParams } from '../generated/free-order-moment.js';
import { freeOrderMoments } from '../lib/free-order-moments.js';

/**
 * E2 免单: an order paid inside a free-order second gets its paid amount back, up to `cap`. The
 * engine is pure, so the ledger says in the event whether the moment already has a winner:
 * `{ type: 'order.paid', paidAt, momentTaken: false }`. Without `paidAt` the instant counts.
 */
export const freeOrderMoment = defineBlock<FreeOrderMomentParams>({
  id: 'ecommerce.free-order-moment',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '整点免单', en: 'Free-order moments' },
  description: {
    'zh-CN': '在免单时刻那一秒内付款、且该时刻尚无人中奖的第一单，退还实付（封顶）',
    en: 'The first order paid inside a free-order second gets its paid amount back, capped',
  },
  paramsSchema: schema,
  examples: [{ day: '2026-11-11', first: '00:08:08', everyMinutes: 10, count: 12, cap: 200000 }],
  compile({ day, first, everyMinutes, count, cap }, { timezone }) {
    const moments = freeOrderMoments(day, timezone, { first, everyMinutes, count });
    const expected = moments.map((moment) => moment.id.slice(11)).join(', ');
    const none = (actual: string, message: LocalizedText) =>
      ({ none: true, expected, actual, message }) as const;

    return ({ view }) => {
      const event = view.context.event;
      const paidAt = typeof event?.paidAt === 'string' ? event.paidAt : view.context.instant;
      const paidMs = Date.parse(paidAt);
      if (Number.isNaN(paidMs)) {
        return none(paidAt, {
          'zh-CN': `event.paidAt 不是带时区的时间：${paidAt}`,
          en: `event.paidAt is not an instant with an offset: ${paidAt}`,
        });
      }
      const moment = moments.find(({ startMs, endMs }) => paidMs >= startMs && paidMs < endMs);
      if (!moment) {
        return none(paidAt, {
          'zh-CN': `付款时间 ${paidAt} 不在任何免单秒内（${expected}）`,
          en: `paid at ${paidAt}, inside no free-order second (${expected})`,
        });
      }
      if (event?.momentTaken !== false) {
        const taken = event?.momentTaken === true;
        return none(moment.id, {
          'zh-CN': taken
            ? `免单时刻 ${moment.id} 已有中奖订单`
            : `事件未说明免单时刻 ${moment.id} 是否已有中奖者（event.momentTaken）`,
          en: taken
            ? `the moment ${moment.id} already has its winner`
            : `the event does not say whether ${moment.id} has a winner (event.momentTaken)`,
        });
      }
      const paid = view.paidAmount();
      const refund = Math.min(paid, cap);

      return {
        stage: 'reward',
        reward: {
          item: 'ecommerce.free-order',
          quantity: 1,
          label: { 'zh-CN': `免单：退还 ${yuan(refund)}`, en: `Free order: ${yuan(refund)} back` },
          value: refund,
          details: { moment: moment.id, paidAt, paidAmount: paid, cap, refund },
        },
      };
    };
  },
});
