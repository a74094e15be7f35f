import { describe, expect, it } from 'vitest';
import { receipt, runTemplate } from './support.js';

const ON_5_NOV = '2026-11-05T16:00:00+08:00';
const item = (unitPrice: number, productClass = 'promotion') => ({
  unitPrice,
  category: 'apparel',
  attributes: { productClass },
});
const r14 = (lines: ReturnType<typeof item>[]) =>
  runTemplate('apparel-multi-buy', receipt(ON_5_NOV, lines));

describe('R14 apparel multi-buy: 2 items 20% off, 3+ 30% off, on all qualifying items', () => {
  it('100 + 200 + 300 → 180 off (the top band, 30%, on all three)', () => {
    const result = r14([item(10000), item(20000), item(30000)]);

    expect(result.discount).toBe(18000);
    expect(result.lines.map((line) => line.discount)).toEqual([3000, 6000, 9000]);
    const lost = result.campaigns[0]?.rules.find((rule) => rule.ruleId === 'band-2');
    expect(lost).toMatchObject({ status: 'lost', lostTo: 'band-3' });
  });

  it('two items → 20% off: 100 + 200 → 60 off', () => {
    expect(r14([item(10000), item(20000)]).discount).toBe(6000);
  });

  it('image and main class items do not take part, nor count toward the band', () => {
    const result = r14([item(10000), item(20000), item(30000), item(150000, 'image')]);
    expect(result.discount).toBe(18000);
    expect(result.lines[3]?.discount).toBe(0);

    const two = r14([item(10000), item(20000), item(90000, 'main')]);
    expect(two.discount).toBe(6000);
  });

  it('one promotion item alone gets nothing and says it needs two', () => {
    const rule = r14([item(10000), item(20000, 'image')]).campaigns[0]?.rules[0];

    expect(rule?.reason?.message.en).toBe('1 eligible items, ≥ 2 needed');
  });
});
