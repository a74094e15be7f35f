import type { OrderLine } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { receipt, runTemplate } from './support.js';

const WEEKDAY = '2026-11-04T14:00:00+08:00';
const SATURDAY = '2026-11-07T14:00:00+08:00';
const EL = (unitPrice: number, extra: Partial<OrderLine> = {}): Partial<OrderLine> => ({
  brand: 'estee-lauder',
  unitPrice,
  attributes: { brandClass: 'A' },
  ...extra,
});
const menu = (lines: Partial<OrderLine>[], instant = WEEKDAY) =>
  runTemplate('cosmetics-menu', receipt(instant, lines));
const gifts = (lines: Partial<OrderLine>[]) =>
  menu(lines).benefits.flatMap((benefit) => (benefit.reward ? [benefit.reward.item] : []));

describe('R13 the cosmetics promotion menu', () => {
  it("a whole brand 10% off: L'Oréal 199.99 → 20.00 off (rounded half-up per line)", () => {
    expect(menu([{ brand: 'loreal', unitPrice: 19999 }]).discount).toBe(2000);
  });

  it('buy 2 of the brand → hand cream; buy 3 → hand cream + mask; 1 → nothing', () => {
    expect(gifts([EL(10000)])).toEqual([]);
    expect(gifts([EL(10000, { quantity: 2 })])).toEqual(['gift.hand-cream']);
    expect(gifts([EL(10000, { quantity: 2 }), EL(20000)])).toEqual([
      'gift.hand-cream',
      'gift.face-mask',
    ]);
  });

  it('add 10 at ≥ 300 for the 50-yuan moisturiser; 299.99 is not enough', () => {
    const moisturiser = {
      sku: 'moisturiser-50',
      unitPrice: 5000,
      attributes: { addOn: 'moisturiser' },
    };

    expect(menu([{ unitPrice: 30000 }, moisturiser]).lines[1]?.payable).toBe(1000);
    expect(menu([{ unitPrice: 29999 }, moisturiser]).lines[1]?.payable).toBe(5000);
  });

  it('weekend time-limited sale: 20% off the listed items on Saturday only', () => {
    const lipstick = { sku: 'lipstick-rouge-01', unitPrice: 32000 };

    expect(menu([lipstick], SATURDAY).discount).toBe(6400);
    expect(menu([lipstick], WEEKDAY).discount).toBe(0);
  });

  it('empty bottles: 10 each for A-brands, 5 for others, at most one per unit bought', () => {
    const result = menu([
      EL(69000, { quantity: 2, attributes: { brandClass: 'A', emptyBottles: 3 } }),
      { brand: 'herborist', unitPrice: 9000, attributes: { brandClass: 'C', emptyBottles: 1 } },
    ]);

    expect(result.lines.map((line) => line.orderDiscount)).toEqual([2000, 500]);
  });
});
