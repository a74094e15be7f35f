import { describe, expect, it } from 'vitest';
import { receipt, runTemplate } from './support.js';

describe('R15 VIP private sale: platinum VIPs 12% off (8.8折) listed luxury brands, one day', () => {
  const sale = (tags: string[], instant = '2026-12-06T19:00:00+08:00') =>
    runTemplate(
      'vip-private-sale',
      receipt(
        instant,
        [
          { brand: 'gucci', unitPrice: 1000000 },
          { brand: 'baixue', unitPrice: 5900 },
        ],
        { customer: { id: 'c', tags } },
      ),
    );

  it('Gucci 10,000.00 → 1,200.00 off; the unlisted brand pays in full', () => {
    expect(sale(['card:platinum']).lines.map((line) => line.discount)).toEqual([120000, 0]);
  });

  it('not for other customers, nor the next day', () => {
    expect(sale(['card:vip']).discount).toBe(0);
    expect(sale(['card:platinum'], '2026-12-07T00:00:00+08:00').discount).toBe(0);
  });
});

describe('R16 uniform-price sale: 20 brands at 200 each', () => {
  it('a 399 jacket → 200; a 159 tee keeps its price; an unlisted brand is untouched', () => {
    const result = runTemplate(
      'uniform-price-sale',
      receipt('2026-11-21T13:00:00+08:00', [
        { brand: 'urban-thread', unitPrice: 39900, quantity: 2 },
        { brand: 'north-lane', unitPrice: 15900 },
        { brand: 'other', unitPrice: 39900 },
      ]),
    );

    expect(result.lines.map((line) => line.payable)).toEqual([40000, 15900, 39900]);
  });
});

describe('R17 brand classes: A-brands are out of store-wide discounts, B and C take part', () => {
  it('A 1,000 + B 500 + C 200 at 10% off → 0 + 50 + 20', () => {
    const result = runTemplate(
      'brand-class-discount',
      receipt('2026-11-11T12:00:00+08:00', [
        { unitPrice: 100000, attributes: { brandClass: 'A' } },
        { unitPrice: 50000, attributes: { brandClass: 'B' } },
        { unitPrice: 20000, attributes: { brandClass: 'C' } },
      ]),
    );

    expect(result.lines.map((line) => line.discount)).toEqual([0, 5000, 2000]);
  });
});
