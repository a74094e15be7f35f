import { describe, expect, it } from 'vitest';
import { EngineError } from '@campaign-studio/sdk';
import { order, registry, runTemplate } from './support.js';

const ALL_FOUR = [
  { id: 'c-5', coupon: 'shop.5-off' },
  { id: 'c-20', coupon: 'shop.20-off-199' },
  { id: 'c-50', coupon: 'shop.50-off-399' },
  { id: 'c-100', coupon: 'shop.100-off-599' },
];
const ON_11_NOV = '2026-11-11T12:00:00+08:00';
const e1 = (amounts: number[], coupons = ALL_FOUR, instant = ON_11_NOV) =>
  runTemplate('ecommerce.tiered-coupons', order(instant, amounts, { coupons }));

describe('E1 tiered shop coupons, one per order, the best one applies', () => {
  it.each([
    [65000, 10000, 55000, 'tier-599'],
    [59899, 5000, 54899, 'tier-399'],
    [19900, 2000, 17900, 'tier-199'],
    [501, 500, 1, 'tier-0'],
  ])('subtotal %i fen → %i off, pay %i (%s)', (subtotal, discount, payable, rule) => {
    const result = e1([subtotal]);

    expect(result.listSubtotal).toBe(subtotal);
    expect(result.discount).toBe(discount);
    expect(result.payable).toBe(payable);
    expect(result.benefits).toHaveLength(1);
    expect(result.benefits[0]?.ruleId).toBe(rule);
  });

  it('names the 599 tier in the explanation of 650.00, and says why the others lost', () => {
    const [campaign] = e1([65000]).campaigns;
    const applied = campaign?.rules.find((rule) => rule.status === 'applied');

    expect(campaign?.status).toBe('applied');
    expect(applied?.ruleId).toBe('tier-599');
    expect(applied?.name).toEqual({ 'zh-CN': '满599减100', en: '100 off at 599' });
    expect(campaign?.rules.filter((rule) => rule.status === 'lost')).toHaveLength(3);
    expect(campaign?.rules.every((r) => r.status !== 'lost' || r.lostTo === 'tier-599')).toBe(true);
  });

  it('consumes only the coupon of the tier that applied', () => {
    expect(e1([65000]).benefits[0]?.couponsUsed).toEqual(['c-100']);
  });

  it('598.99 misses the 599 tier by one fen, and says so', () => {
    const tier599 = e1([59899]).campaigns[0]?.rules.find((rule) => rule.ruleId === 'tier-599');

    expect(tier599?.status).toBe('not-met');
    expect(tier599?.reason?.message.en).toBe('eligible amount ¥598.99 < ¥599.00');
    expect(tier599?.reason?.expected).toBe('≥ ¥599.00');
    expect(tier599?.reason?.actual).toBe('¥598.99');
  });

  it('5.00 takes no coupon: a no-threshold coupon needs an order above its face value', () => {
    const result = e1([500]);

    expect(result.discount).toBe(0);
    expect(result.payable).toBe(500);
    expect(result.campaigns[0]?.status).toBe('not-applied');
    expect(result.campaigns[0]?.reason?.message.en).toBe('eligible amount ¥5.00 ≤ ¥5.00');
  });

  it('exactly 199.00 meets the 199 threshold (≥ is inclusive)', () => {
    expect(e1([19900]).discount).toBe(2000);
  });

  it('spreads 100.00 over 333.33 + 333.33 + 333.34 as 33.33, 33.33, 33.34', () => {
    const result = e1([33333, 33333, 33334]);

    expect(result.lines.map((line) => line.discount)).toEqual([3333, 3333, 3334]);
    expect(result.lines.map((line) => line.payable)).toEqual([30000, 30000, 30000]);
  });

  it('without the 100 coupon, 650.00 takes the best coupon held: 50 off', () => {
    const result = e1(
      [65000],
      ALL_FOUR.filter((coupon) => coupon.id !== 'c-100'),
    );

    expect(result.discount).toBe(5000);
  });

  it('is usable on 11 Nov only: 10 Nov 23:59:59 and 12 Nov 00:00 are out of its window', () => {
    for (const instant of ['2026-11-10T23:59:59+08:00', '2026-11-12T00:00:00+08:00']) {
      const result = e1([65000], ALL_FOUR, instant);
      expect(result.discount).toBe(0);
      expect(result.campaigns[0]?.status).toBe('out-of-scope');
    }
    expect(e1([65000], ALL_FOUR, '2026-11-11T00:00:00+08:00').discount).toBe(10000);
    expect(e1([65000], ALL_FOUR, '2026-11-11T15:59:59Z').discount).toBe(10000);
  });

  it('an expired coupon is not usable', () => {
    const expired = ALL_FOUR.map((c) => ({ ...c, expiresAt: '2026-11-11T08:00:00+08:00' }));

    expect(e1([65000], expired).discount).toBe(0);
  });
});

describe('E1 template params', () => {
  it('points a problem of the built campaign back at the param it came from', () => {
    const usableDays = { firstDay: '2026-11-12', lastDay: '2026-11-10' };
    let caught: unknown;
    try {
      registry.instantiate('ecommerce.tiered-coupons', { usableDays }, { campaignId: 'e1' });
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(EngineError);
    expect((caught as EngineError).code).toBe('INVALID_TEMPLATE_PARAMS');
    expect((caught as EngineError).issues.map(({ path, field }) => ({ path, field }))).toEqual([
      { path: '/params/usableDays/lastDay', field: 'lastDay' },
    ]);
  });

  it('names the tier and field of a wrong tier param', () => {
    const tiers = [{ coupon: 'shop.x', threshold: 100, amount: -5 }];

    expect(() =>
      registry.instantiate('ecommerce.tiered-coupons', { tiers }, { campaignId: 'e1' }),
    ).toThrowError(/INVALID_TEMPLATE_PARAMS: \/params\/tiers\/0\/amount/);
  });
});
