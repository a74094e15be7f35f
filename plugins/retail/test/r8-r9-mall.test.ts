import { describe, expect, it } from 'vitest';
import { receipt, runTemplate } from './support.js';

describe('R8 VIP perks on 11 Nov: a drink for VIPs, a playground visit for diamond VIPs', () => {
  const perks = (tags: string[], instant = '2026-11-11T11:00:00+08:00') =>
    runTemplate(
      'vip-perks',
      receipt(instant, [], { customer: { id: 'c', tags }, event: { type: 'store.check-in' } }),
    ).benefits.map((benefit) => [benefit.reward?.item, benefit.reward?.details]);

  it('a VIP gets the drink, with its stock of 300', () => {
    expect(perks(['card:vip'])).toEqual([['perk.partner-drink', { stock: 300 }]]);
  });

  it('a diamond VIP gets the drink and the playground visit (50)', () => {
    expect(perks(['card:diamond'])).toEqual([
      ['perk.partner-drink', { stock: 300 }],
      ['perk.playground-visit', { stock: 50 }],
    ]);
  });

  it('no card, no perk; and none on 12 Nov', () => {
    expect(perks([])).toEqual([]);
    expect(perks(['card:diamond'], '2026-11-12T11:00:00+08:00')).toEqual([]);
  });
});

describe('R9 mall reductions', () => {
  const APPAREL = { category: 'apparel-autumn-winter', attributes: { brandClass: 'B' } };
  const LANCOME = { brand: 'lancome', attributes: { brandClass: 'B' } };
  const mall = (instant: string, lines: Parameters<typeof receipt>[1]) =>
    runTemplate('mall-reductions', receipt(instant, lines));

  it('apparel ≥ 500 → 200 off, once; cosmetics ≥ 400 → 80 off, once', () => {
    const result = mall('2026-11-05T15:00:00+08:00', [
      { ...APPAREL, unitPrice: 120000 },
      { ...LANCOME, unitPrice: 46000 },
    ]);

    expect(result.lines.map((line) => line.discount)).toEqual([20000, 8000]);
  });

  it('499.99 of apparel takes nothing', () => {
    expect(mall('2026-11-05T15:00:00+08:00', [{ ...APPAREL, unitPrice: 49999 }]).discount).toBe(0);
  });

  it('11 Nov from 10:00: 50% off first, then reductions on what is left; A-brands excepted', () => {
    const lines = [
      { ...APPAREL, unitPrice: 120000 },
      { ...LANCOME, unitPrice: 46000 },
      { unitPrice: 80000, attributes: { brandClass: 'A' } },
    ];
    const before = mall('2026-11-11T09:59:59+08:00', lines);
    expect(before.lines.map((line) => line.discount)).toEqual([20000, 8000, 0]);

    // 1,200 → 600 → 200 off; 460 → 230, under 400: no cosmetics reduction.
    const after = mall('2026-11-11T10:00:00+08:00', lines);
    expect(after.lines.map((line) => line.discount)).toEqual([80000, 23000, 0]);
    expect(after.subtotalAfterLineChanges).toBe(60000 + 23000 + 80000);
  });
});
