import { describe, expect, it } from 'vitest';
import { order, runTemplate } from './support.js';

const COUPONS = [{ id: 'c-100', coupon: 'shop.100-off-599' }];
const phases = (instant: string, event?: Record<string, unknown>, amounts = [65000]) =>
  runTemplate(
    'ecommerce.singles-day-phases',
    order(instant, event ? [] : amounts, {
      coupons: COUPONS,
      ...(event && { event: event as { type: string } }),
    }),
  );
const claim = { type: 'coupon.claim', coupon: 'shop.100-off-599' };

describe('E6 phases on a calendar', () => {
  it.each([
    ['2026-10-01T00:00:00+08:00', 'intro'],
    ['2026-10-06T23:59:59+08:00', 'intro'],
    ['2026-10-10T00:00:00+08:00', 'warm-up'],
    ['2026-10-30T23:59:59+08:00', 'warm-up'],
    ['2026-11-01T08:00:00+08:00', 'heat-up'],
    ['2026-11-11T00:00:00+08:00', 'peak'],
  ])('%s is in the %s phase ("A–B" includes all of B)', (instant, phase) => {
    expect(phases(instant, { type: 'shop.visit' }).campaigns[0]?.phase).toBe(phase);
  });

  it.each(['2026-10-08T12:00:00+08:00', '2026-10-31T12:00:00+08:00', '2026-10-07T00:00:00+08:00'])(
    'on %s, in no phase, nothing applies and no coupon can be claimed',
    (instant) => {
      for (const result of [phases(instant), phases(instant, claim)]) {
        expect(result.campaigns[0]?.status).toBe('out-of-scope');
        expect(result.campaigns[0]?.reason?.message.en).toMatch(/falls in no phase$/);
        expect(result.benefits).toEqual([]);
        expect(result.discount).toBe(0);
      }
    },
  );

  it('lets the E1 coupons be claimed in warm-up and heat-up', () => {
    for (const instant of ['2026-10-15T09:00:00+08:00', '2026-11-05T09:00:00+08:00']) {
      const [benefit] = phases(instant, claim).benefits;
      expect(benefit?.block).toBe('ecommerce.claim-coupon');
      expect(benefit?.reward?.details).toEqual({ coupon: 'shop.100-off-599' });
    }
  });

  it('refuses a claim of a coupon kind the phase does not offer, naming the kind', () => {
    const result = phases('2026-10-15T09:00:00+08:00', { type: 'coupon.claim', coupon: 'x' });

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'x cannot be claimed in this phase; claimable: shop.5-off | shop.20-off-199 | ' +
        'shop.50-off-399 | shop.100-off-599',
    );
  });

  it('uses the coupons at the peak only: 650.00 on 11 Nov → 100.00 off', () => {
    expect(phases('2026-11-11T20:00:00+08:00').discount).toBe(10000);
    expect(phases('2026-11-05T20:00:00+08:00').discount).toBe(0);
  });

  it('intro sends reminders only; the favourite-the-shop gift belongs to heat-up', () => {
    const reminder = phases('2026-10-03T10:00:00+08:00', { type: 'shop.visit' });
    expect(reminder.benefits.map((b) => b.reward?.item)).toEqual(['message.reminder']);

    const gift = phases('2026-11-03T10:00:00+08:00', { type: 'shop.favourite' });
    expect(gift.benefits.map((b) => b.reward?.item)).toEqual(['gift.hair-clip']);
    expect(phases('2026-10-15T10:00:00+08:00', { type: 'shop.favourite' }).benefits).toEqual([]);
  });
});
