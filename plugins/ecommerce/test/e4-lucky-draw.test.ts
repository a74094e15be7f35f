import { describe, expect, it } from 'vitest';
import { drawPrize, type PrizeLeft } from '../src/index.js';
import { order, runTemplate, runTemplates } from './support.js';

const E4: PrizeLeft[] = [
  { prize: 'tablet', left: 10, chancePpm: 1000 },
  { prize: 'steamer', left: 50, chancePpm: 5000 },
  { prize: 'necklace', left: 200, chancePpm: 20000 },
  { prize: 'shipping-card-3m' },
];
const completed = (amounts: number[], instant = '2026-11-11T21:00:00+08:00', extra = {}) =>
  order(instant, amounts, { event: { type: 'order.paid', paidAt: instant }, ...extra });

describe('E4 lucky draw', () => {
  it('an order completed on 11 Nov with 319.00 paid gets one draw with the prize table', () => {
    const [benefit] = runTemplate('ecommerce.lucky-draw', completed([31900])).benefits;

    expect(benefit?.reward?.item).toBe('ecommerce.lucky-draw');
    expect(benefit?.reward?.quantity).toBe(1);
    expect(benefit?.reward?.details).toEqual({
      prizes: [
        { prize: 'tablet', quantity: 10, chancePpm: 1000 },
        { prize: 'steamer', quantity: 50, chancePpm: 5000 },
        { prize: 'necklace', quantity: 200, chancePpm: 20000 },
      ],
      fallback: {
        prize: 'shipping-card-3m',
        label: { 'zh-CN': '3个月包邮卡', en: '3-month free-shipping card' },
        usableFrom: '2026-12-01',
        usableUntil: '2027-02-28',
      },
    });
  });

  it('318.99 paid gets no draw, and says so', () => {
    const result = runTemplate('ecommerce.lucky-draw', completed([31899]));

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.reason?.message.en).toBe('paid amount ¥318.99 < ¥319.00');
  });

  it('counts what is paid after the coupons: 339.00 − 20.00 = 319.00 → a draw', () => {
    const context = completed([33900], undefined, {
      coupons: [{ id: 'c-20', coupon: 'shop.20-off-199' }],
    });
    const result = runTemplates(['ecommerce.tiered-coupons', 'ecommerce.lucky-draw'], context);

    expect(result.payable).toBe(31900);
    expect(result.benefits.map((b) => b.block)).toEqual([
      'core.amount-off',
      'ecommerce.lucky-draw',
    ]);
  });

  it('needs a completed order on 11 Nov', () => {
    expect(
      runTemplate('ecommerce.lucky-draw', order('2026-11-11T21:00:00+08:00', [50000])).benefits,
    ).toEqual([]);
    const on12 = runTemplate(
      'ecommerce.lucky-draw',
      completed([50000], '2026-11-12T00:00:00+08:00'),
    );
    expect(on12.campaigns[0]?.status).toBe('out-of-scope');
  });

  it('replays: the same seed and prizes left give the same prize and ticket', () => {
    for (const seed of [0, 1, 42, 123456789, 4294967295]) {
      expect(drawPrize(E4, seed)).toEqual(drawPrize(E4, seed));
      expect(drawPrize(E4, seed).seed).toBe(seed);
    }
  });

  it('10,000 seeded draws never give a prize more times than its quantity', () => {
    const left = E4.map((entry) => ({ ...entry }));
    const given = new Map<string, number>();
    for (let seed = 1; seed <= 10000; seed += 1) {
      const { prize } = drawPrize(left, seed);
      given.set(prize, (given.get(prize) ?? 0) + 1);
      const entry = left.find((each) => each.prize === prize);
      if (entry?.left !== undefined) entry.left -= 1;
    }

    expect(given.get('tablet') ?? 0).toBeLessThanOrEqual(10);
    expect(given.get('steamer') ?? 0).toBeLessThanOrEqual(50);
    expect(given.get('necklace') ?? 0).toBeLessThanOrEqual(200);
    expect([...given.values()].reduce((a, b) => a + b, 0)).toBe(10000);
    expect(Object.fromEntries(given)).toEqual(SEEDED_COUNTS);
    expect(left.every((entry) => entry.left === undefined || entry.left >= 0)).toBe(true);
  });

  it('a prize that ran out gives its chance to the unlimited prize', () => {
    const seed = findSeed((ticket) => ticket < 1000);
    expect(drawPrize(E4, seed).prize).toBe('tablet');

    const noTablets = E4.map((entry) => (entry.prize === 'tablet' ? { ...entry, left: 0 } : entry));
    expect(drawPrize(noTablets, seed)).toMatchObject({ prize: 'shipping-card-3m', seed });
  });

  it('refuses a seed that cannot be replayed and a table without one unlimited prize', () => {
    expect(() => drawPrize(E4, 1.5)).toThrow(/seed must be an integer/);
    expect(() => drawPrize(E4.slice(0, 3), 1)).toThrow(/exactly one prize must be unlimited/);
  });
});

/** Counts of 10,000 draws with seeds 1…10,000, pinned so that a change of the draw shows. */
const SEEDED_COUNTS = { tablet: 9, steamer: 50, necklace: 194, 'shipping-card-3m': 9747 };

function findSeed(wanted: (ticket: number) => boolean): number {
  for (let seed = 0; ; seed += 1) if (wanted(drawPrize(E4, seed).ticket)) return seed;
}
