import { describe, expect, it } from 'vitest';
import { order, runTemplate } from './support.js';

const ON_11_NOV = '2026-11-11T10:00:00+08:00';

/** Eggs one order earns, given what the account paid earlier that day. */
function eggs(paid: number, paidToday = 0): number {
  const context = order(ON_11_NOV, [paid], { customer: { id: 'acct-1', paidToday } });
  const result = runTemplate('ecommerce.golden-eggs', context);

  return result.benefits.reduce((sum, benefit) => sum + (benefit.reward?.quantity ?? 0), 0);
}

describe("D1 golden eggs by tiers of the day's cumulative paid amount, at most 6", () => {
  it.each([
    [111099, 0],
    [111100, 1],
    [299999, 1],
    [300000, 3],
    [720000, 6],
  ])('a first order of %i fen earns %i', (paid, expected) => {
    expect(eggs(paid)).toBe(expected);
  });

  it('two orders of 3,000: 3 after the first, 3 more after the second', () => {
    expect(eggs(300000, 0)).toBe(3);
    expect(eggs(300000, 300000)).toBe(3);
  });

  it('two orders of 2,000: 1 after the first, 2 more after the second (4,000 → 3)', () => {
    expect(eggs(200000, 0)).toBe(1);
    expect(eggs(200000, 200000)).toBe(2);
  });

  it('a third order of 5,000 after 6,000 adds none, and says the cap is reached', () => {
    const context = order(ON_11_NOV, [500000], { customer: { id: 'a', paidToday: 600000 } });
    const result = runTemplate('ecommerce.golden-eggs', context);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'already 6 eggs today: the daily cap is 6',
    );
  });

  it('counts the paid amount after reductions and vouchers, not the list price', () => {
    // Shop coupons take 100.00 off 1,200.00: 1,100.00 paid is under the 1,111 tier.
    const context = order(ON_11_NOV, [120000], {
      coupons: [{ id: 'c', coupon: 'shop.100-off-599' }],
    });
    const coupons = runTemplate('ecommerce.tiered-coupons', context);
    expect(coupons.payable).toBe(110000);
    expect(eggs(coupons.payable)).toBe(0);
  });

  it('runs on 11 Nov only', () => {
    const context = order('2026-11-12T00:00:00+08:00', [720000]);

    expect(runTemplate('ecommerce.golden-eggs', context).benefits).toEqual([]);
  });
});
