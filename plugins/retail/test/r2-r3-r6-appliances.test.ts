import { describe, expect, it } from 'vitest';
import { receipt, runTemplate } from './support.js';

const NATIONAL_DAY = '2026-10-03T11:00:00+08:00';

describe('R2 bundles: an AC, a TV and a fridge or washer of one grade → 5% off those lines', () => {
  const bundle = (skus: string[]) =>
    runTemplate(
      'bundle-discount',
      receipt(NATIONAL_DAY, [
        ...skus.map((sku) => ({ sku, unitPrice: 400000 })),
        { sku: 'kettle', unitPrice: 19900 },
      ]),
    );

  it('grade B: 3 × 4,000.00 → 200.00 off each bundle line, nothing off the kettle', () => {
    const result = bundle(['ac-midea-cool-35', 'tv-hisense-e7-65', 'washer-haier-10']);

    expect(result.lines.map((line) => line.discount)).toEqual([20000, 20000, 20000, 0]);
    expect(result.benefits[0]?.ruleId).toBe('grade-b');
  });

  it('without a fridge or washer there is no bundle: the reason names what is missing', () => {
    const result = bundle(['ac-midea-cool-35', 'tv-hisense-e7-65']);

    expect(result.discount).toBe(0);
    const gradeB = result.campaigns[0]?.rules.find((rule) => rule.ruleId === 'grade-b');
    expect(gradeB?.reason?.message.en).toBe('the bundle still lacks: Fridge or washer');
  });

  it('models of different grades do not make a bundle', () => {
    expect(bundle(['ac-midea-cool-35', 'tv-sony-x90-75', 'washer-haier-10']).discount).toBe(0);
  });
});

describe('R3 hero items: HQ special prices, branch items added, HQ prices unchanged', () => {
  const HQ_TV = { sku: 'tv-hisense-e7-65', unitPrice: 499900 };
  const LOCAL = { sku: 'fan-local', unitPrice: 29900 };

  it("sells HQ's TV at 3,999.00", () => {
    const result = runTemplate('hero-items', receipt(NATIONAL_DAY, [HQ_TV]));

    expect(result.payable).toBe(399900);
  });

  it('a branch adds its own special item; a branch price for an HQ model is ignored', () => {
    const branchItems = [
      { sku: 'fan-local', price: 19900 },
      { sku: 'tv-hisense-e7-65', price: 100 },
    ];
    const result = runTemplate('hero-items', receipt(NATIONAL_DAY, [HQ_TV, LOCAL]), {
      branchItems,
    });

    expect(result.lines.map((line) => line.payable)).toEqual([399900, 19900]);
  });
});

describe('R6 penny flash items: online only, 7–11 Nov, one unit per receipt', () => {
  const penny = (channel: string, instant = '2026-11-08T10:00:00+08:00') =>
    runTemplate(
      'penny-flash',
      receipt(instant, [{ sku: 'penny-01', unitPrice: 1990, quantity: 2 }], { channel }),
    );

  it('the first unit sells at 0.11, the second at its list price', () => {
    expect(penny('online').lines[0]?.payable).toBe(11 + 1990);
  });

  it('not in the store, and not on 12 Nov', () => {
    expect(penny('store').campaigns[0]?.status).toBe('out-of-scope');
    expect(penny('online', '2026-11-12T00:00:00+08:00').discount).toBe(0);
  });
});
