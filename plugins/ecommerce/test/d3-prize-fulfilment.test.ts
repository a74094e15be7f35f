import { describe, expect, it } from 'vitest';
import { order, runTemplate } from './support.js';

const smashed = (prize: unknown, instant = '2026-11-11T10:05:00+08:00') =>
  runTemplate(
    'ecommerce.egg-prizes',
    order(instant, [], { event: { type: 'egg.smashed', prize, orderId: 'o-1' } }),
  );
const reward = (prize: unknown) => smashed(prize).benefits[0]?.reward;

describe('D3 prizes from golden eggs', () => {
  it('goods ship after the order is completed and may be exchanged within 24 h of receipt', () => {
    expect(reward('bp-monitor')).toEqual({
      item: 'ecommerce.prize.bp-monitor',
      quantity: 1,
      label: { 'zh-CN': '电子血压计', en: 'Blood-pressure monitor' },
      value: 29900,
      details: {
        prize: 'bp-monitor',
        kind: 'goods',
        fulfilment: 'ship-after-completion',
        exchangeWithinHoursOfReceipt: 24,
        orderId: 'o-1',
      },
    });
  });

  it('a cash red packet of 8.88 is credited to the account balance', () => {
    expect(reward('red-packet-888')?.details).toEqual({
      prize: 'red-packet-888',
      kind: 'red-packet',
      fulfilment: 'account-balance',
      credit: 888,
      orderId: 'o-1',
    });
  });

  it.each([
    ['voucher-11', 1100],
    ['voucher-50', 5000],
    ['voucher-100', 10000],
    ['voucher-1111', 111100],
  ])('%s issues an egg voucher of %i fen, valid one month (D2)', (prize, value) => {
    const given = reward(prize);

    expect(given?.value).toBe(value);
    expect(given?.details).toMatchObject({
      fulfilment: 'voucher',
      voucherKind: 'ecommerce.egg-voucher',
      validityMonths: 1,
    });
  });

  it('names a prize the campaign does not have', () => {
    const result = smashed('yacht');

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'event.prize is yacht, not a prize of this campaign (voucher-11 | voucher-50 | ' +
        'voucher-100 | voucher-1111 | bp-monitor | red-packet-888)',
    );
  });
});
