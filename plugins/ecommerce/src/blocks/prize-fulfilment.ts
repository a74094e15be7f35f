import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/prize-fulfilment.json';
import type { FulfilledPrize, PrizeFulfilmentParams } from '../generated/prize-fulfilment.js';

/**
 * D3: the prize a draw gave (`event.prize`, drawn by the server) becomes a reward whose details
 * say how it is fulfilled: goods ship once the order is completed and may be exchanged within
 * `exchangeHours` of receipt; a red packet is credited to the account balance; a voucher is
 * issued. Shipping, receipt and the balance are the server's; the engine only says what is due.
 */
export const prizeFulfilment = defineBlock<PrizeFulfilmentParams>({
  id: 'ecommerce.prize-fulfilment',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '奖品发放', en: 'Prize fulfilment' },
  description: {
    'zh-CN': '实物在订单完成后发货、签收后限时换货；红包进账户余额；抵用券发放到账户',
    en: 'Goods ship after completion; a red packet goes to the balance; a voucher is issued',
  },
  paramsSchema: schema,
  examples: [
    {
      prizes: [
        {
          prize: 'red-packet-888',
          kind: 'red-packet',
          label: { 'zh-CN': '现金红包 8.88 元', en: 'Cash red packet 8.88' },
          value: 888,
        },
      ],
    },
  ],
  compile({ prizes }) {
    const byId = new Map(prizes.map((prize) => [prize.prize, prize]));
    const expected = prizes.map((prize) => prize.prize).join(' | ');

    return ({ view }) => {
      const event = view.context.event;
      const won = typeof event?.prize === 'string' ? byId.get(event.prize) : undefined;
      if (!won) {
        const actual = typeof event?.prize === 'string' ? event.prize : '—';
        return {
          none: true,
          expected,
          actual,
          message: {
            'zh-CN': `event.prize 为 ${actual}，不是本活动的奖品（${expected}）`,
            en: `event.prize is ${actual}, not a prize of this campaign (${expected})`,
          },
        };
      }
      const orderId = typeof event?.orderId === 'string' ? { orderId: event.orderId } : {};

      return {
        stage: 'reward',
        reward: {
          item: `ecommerce.prize.${won.prize}`,
          quantity: 1,
          label: won.label,
          value: won.value,
          details: { prize: won.prize, kind: won.kind, ...fulfilment(won), ...orderId },
        },
      };
    };
  },
});

function fulfilment(prize: FulfilledPrize): Record<string, unknown> {
  if (prize.kind === 'goods') {
    return {
      fulfilment: 'ship-after-completion',
      exchangeWithinHoursOfReceipt: prize.exchangeHours ?? 24,
    };
  }
  if (prize.kind === 'red-packet') return { fulfilment: 'account-balance', credit: prize.value };

  return {
    fulfilment: 'voucher',
    voucherKind: prize.voucherKind ?? 'ecommerce.egg-voucher',
    validityMonths: prize.validityMonths ?? 1,
  };
}
