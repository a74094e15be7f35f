import { describe, expect, it } from 'vitest';
import { checkShare, shareFor, splitBudgetByShares } from '../src/index.js';

const TIERS = [
  { tier: 'vip', weight: 60 },
  { tier: 'key', weight: 30 },
  { tier: 'ordinary', weight: 10 },
];
const caps = (total: number, shares = TIERS) =>
  splitBudgetByShares(total, shares).map((share) => share.cap);

describe('V1 budget shares by tier', () => {
  it('100,000.00 at VIP 60% / key 30% / ordinary 10% → 60,000 / 30,000 / 10,000', () => {
    expect(splitBudgetByShares(10_000_000, TIERS)).toEqual([
      { tier: 'vip', cap: 6_000_000 },
      { tier: 'key', cap: 3_000_000 },
      { tier: 'ordinary', cap: 1_000_000 },
    ]);
  });

  it('100,000.01: the odd fen goes to the largest remainder (VIP, 0.6 fen)', () => {
    expect(caps(10_000_001)).toEqual([6_000_001, 3_000_000, 1_000_000]);
  });

  it('100,000.09: remainders .4 / .7 / .9 take 1 fen each from the largest down', () => {
    // 6,000,005.4 / 3,000,002.7 / 1,000,000.9 → floors leave 2 fen: ordinary, then key.
    expect(caps(10_000_009)).toEqual([6_000_005, 3_000_003, 1_000_001]);
  });

  it('three equal shares of 1/3: ties go to the earlier share', () => {
    const thirds = [
      { tier: 'a', weight: 1 },
      { tier: 'b', weight: 1 },
      { tier: 'c', weight: 1 },
    ];
    expect(caps(10_000_000, thirds)).toEqual([3_333_334, 3_333_333, 3_333_333]);
    expect(caps(10_000_001, thirds)).toEqual([3_333_334, 3_333_334, 3_333_333]);
    expect(caps(1, thirds)).toEqual([1, 0, 0]);
  });

  it('caps always add up to the budget, even the largest one', () => {
    const total = 99_999_999_999;
    expect(caps(total).reduce((sum, cap) => sum + cap, 0)).toBe(total);
    expect(caps(0)).toEqual([0, 0, 0]);
  });

  it('refuses bad input, naming the field', () => {
    expect(() => splitBudgetByShares(100.5, TIERS)).toThrow('total must be whole fen');
    expect(() => splitBudgetByShares(100, [])).toThrow('shares must name at least one tier');
    expect(() => splitBudgetByShares(100, [{ tier: 'vip', weight: 0 }])).toThrow(
      'shares[0].weight must be a whole number from 1 to 10000, got 0',
    );
    expect(() => splitBudgetByShares(100, [TIERS[0]!, TIERS[0]!])).toThrow(
      'shares[1].tier "vip" appears twice',
    );
  });

  it('a redemption is charged to its tier, an unknown or missing tier to ordinary', () => {
    const split = splitBudgetByShares(10_000_000, TIERS);
    expect(shareFor('key', split)).toEqual({ tier: 'key', cap: 3_000_000 });
    expect(shareFor('gold', split)).toEqual({ tier: 'ordinary', cap: 1_000_000 });
    expect(shareFor(undefined, split)?.tier).toBe('ordinary');
    expect(shareFor('gold', split, 'vip')?.tier).toBe('vip');
    expect(shareFor('gold', [{ tier: 'vip', cap: 1 }])).toBeUndefined();
  });

  it('ordinary share with 30.00 left refuses a need of 50.00; VIP with room takes it', () => {
    expect(checkShare(3000, 5000, 'ordinary')).toEqual({
      'zh-CN': '普通客户份额不足：需要 50.00，剩余 30.00',
      en: 'ordinary share: need 50.00, left 30.00',
    });
    expect(checkShare(6_000_000, 5000, 'vip')).toBeUndefined();
    expect(checkShare(5000, 5000, 'ordinary')).toBeUndefined();
    expect(checkShare(4999, 5000, 'key')?.en).toBe('key share: need 50.00, left 49.99');
  });
});
