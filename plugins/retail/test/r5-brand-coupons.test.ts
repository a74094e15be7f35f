import { describe, expect, it } from 'vitest';
import { receipt, registry, runTemplate } from './support.js';

const ON_11_NOV = '2026-11-11T16:00:00+08:00';
const HAIER_50 = { id: 'cp-haier', coupon: 'retail.brand-haier-50' };
const SUPOR_20 = { id: 'cp-supor', coupon: 'retail.brand-supor-20' };
const claim = (instant: string, coupon: string, claimedBefore: number) =>
  runTemplate(
    'brand-coupons',
    receipt(instant, [], { event: { type: 'coupon.claim', coupon, claimedBefore } }),
  );

describe('R5 brand coupons: claimed 1–10 Nov, one per receipt on 11 Nov', () => {
  it('offers coupons of 10 brands, taking 50, 30 or 20 off', () => {
    const brands = registry.template('retail.brand-coupons')?.defaults.brands as {
      amount: number;
    }[];

    expect(brands).toHaveLength(10);
    expect([...new Set(brands.map((brand) => brand.amount))]).toEqual([5000, 3000, 2000]);
  });

  it('the 10th claim of a brand is granted, the 11th refused', () => {
    const tenth = claim('2026-11-05T20:00:00+08:00', HAIER_50.coupon, 9);
    expect(tenth.benefits[0]?.reward?.details).toEqual({
      coupon: 'retail.brand-haier-50',
      claimedBefore: 9,
    });

    const eleventh = claim('2026-11-05T20:00:00+08:00', HAIER_50.coupon, 10);
    expect(eleventh.benefits).toEqual([]);
    expect(eleventh.campaigns[0]?.reason?.message.en).toBe(
      'already claimed 10 of retail.brand-haier-50: at most 10 per person',
    );
  });

  it('claims only 1–10 Nov: nothing on 11 Nov 00:00 or 31 Oct', () => {
    expect(claim('2026-11-11T00:00:00+08:00', HAIER_50.coupon, 0).benefits).toEqual([]);
    expect(claim('2026-10-31T23:59:59+08:00', HAIER_50.coupon, 0).benefits).toEqual([]);
  });

  it('two coupons presented → the one worth more applies, the other stays unused', () => {
    const context = receipt(
      ON_11_NOV,
      [
        { unitPrice: 399900, brand: 'haier' },
        { unitPrice: 29900, brand: 'supor' },
      ],
      { coupons: [HAIER_50, SUPOR_20] },
    );
    const result = runTemplate('brand-coupons', context);

    expect(result.discount).toBe(5000);
    expect(result.benefits.map((b) => b.couponsUsed)).toEqual([['cp-haier']]);
    expect(result.lines.map((line) => line.discount)).toEqual([5000, 0]);
  });

  it("the brand's minimum is inclusive and counts only that brand's lines", () => {
    const at = (haier: number, other: number) =>
      runTemplate(
        'brand-coupons',
        receipt(
          ON_11_NOV,
          [
            { unitPrice: haier, brand: 'haier' },
            { unitPrice: other, brand: 'gree' },
          ],
          { coupons: [HAIER_50] },
        ),
      ).discount;

    expect(at(50000, 0)).toBe(5000);
    expect(at(49999, 90000)).toBe(0);
  });

  it("counts after the brand's own discount: 520.00 at 10% off is 468.00, under 500", () => {
    const own = registry.engine.compile({
      id: 'haier-own',
      version: 1,
      name: { 'zh-CN': '海尔9折', en: 'Haier 10% off' },
      rules: [
        {
          id: 'r',
          then: [
            {
              block: 'core.line-percent-off',
              params: { percentOff: 10, lines: { brands: ['haier'] } },
            },
          ],
        },
      ],
    });
    const coupons = registry.engine.compile(
      registry.instantiate('retail.brand-coupons', {}, { campaignId: 'r5' }),
    );
    const context = receipt(ON_11_NOV, [{ unitPrice: 52000, brand: 'haier' }], {
      coupons: [HAIER_50],
    });
    const result = registry.engine.evaluate([coupons, own], context);

    expect(result.discount).toBe(5200);
    expect(result.campaigns.find((c) => c.campaignId === 'r5')?.status).toBe('not-applied');
  });
});
