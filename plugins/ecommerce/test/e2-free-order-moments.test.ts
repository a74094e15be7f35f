import { describe, expect, it } from 'vitest';
import { freeOrderMoments } from '../src/index.js';
import { order, runTemplate, runTemplates } from './support.js';

const paid = (paidAt: string, momentTaken = false, amounts = [89900]) =>
  runTemplate(
    'ecommerce.free-order-moments',
    order(paidAt, amounts, { event: { type: 'order.paid', paidAt, momentTaken } }),
  );
const refund = (result: ReturnType<typeof paid>) => result.benefits[0]?.reward?.value;

describe('E2 free-order moments', () => {
  it('lists the 12 seconds of 11 Nov 00:00–02:00 at minute x8 second 08', () => {
    const moments = freeOrderMoments('2026-11-11', 'Asia/Shanghai');

    expect(moments).toHaveLength(12);
    expect(moments[0]).toEqual({
      id: '2026-11-11T00:08:08',
      startMs: Date.parse('2026-11-11T00:08:08+08:00'),
      endMs: Date.parse('2026-11-11T00:08:09+08:00'),
    });
    expect(moments.map((moment) => moment.id.slice(11))).toEqual([
      '00:08:08',
      '00:18:08',
      '00:28:08',
      '00:38:08',
      '00:48:08',
      '00:58:08',
      '01:08:08',
      '01:18:08',
      '01:28:08',
      '01:38:08',
      '01:48:08',
      '01:58:08',
    ]);
  });

  it('00:18:08.400, the first in its moment, gets its 899.00 back', () => {
    const result = paid('2026-11-11T00:18:08.400+08:00');

    expect(refund(result)).toBe(89900);
    expect(result.benefits[0]?.reward?.details).toEqual({
      moment: '2026-11-11T00:18:08',
      paidAt: '2026-11-11T00:18:08.400+08:00',
      paidAmount: 89900,
      cap: 200000,
      refund: 89900,
    });
  });

  it('00:18:08.900 with the moment already taken → no', () => {
    const result = paid('2026-11-11T00:18:08.900+08:00', true);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'the moment 2026-11-11T00:18:08 already has its winner',
    );
  });

  it.each([
    '2026-11-11T00:18:09.000+08:00',
    '2026-11-11T02:08:08+08:00',
    '2026-11-11T00:18:07.999+08:00',
  ])('%s is inside no free-order second → no', (paidAt) => {
    const result = paid(paidAt);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toMatch(/inside no free-order second/);
  });

  it('pays back at most 2,000.00', () => {
    expect(refund(paid('2026-11-11T01:58:08.999+08:00', false, [350000]))).toBe(200000);
    expect(refund(paid('2026-11-11T01:58:08.000+08:00', false, [200001]))).toBe(200000);
  });

  it('refuses when the ledger does not say whether the moment is taken', () => {
    const paidAt = '2026-11-11T00:08:08.100+08:00';
    const context = order(paidAt, [10000], { event: { type: 'order.paid', paidAt } });
    const result = runTemplate('ecommerce.free-order-moments', context);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toMatch(/event\.momentTaken/);
  });

  it('pays back what was paid after the E1 coupon: 650.00 − 100.00 → 550.00 back', () => {
    const paidAt = '2026-11-11T00:28:08.050+08:00';
    const context = order(paidAt, [65000], {
      coupons: [{ id: 'c-100', coupon: 'shop.100-off-599' }],
      event: { type: 'order.paid', paidAt, momentTaken: false },
    });
    const result = runTemplates(
      ['ecommerce.tiered-coupons', 'ecommerce.free-order-moments'],
      context,
    );

    expect(result.payable).toBe(55000);
    expect(result.benefits.find((b) => b.reward)?.reward?.value).toBe(55000);
  });

  it('only a completed order counts: pricing the order at that second gives nothing', () => {
    const instant = '2026-11-11T00:18:08.400+08:00';
    const result = runTemplate('ecommerce.free-order-moments', order(instant, [10000]));

    expect(result.benefits).toEqual([]);
  });
});
