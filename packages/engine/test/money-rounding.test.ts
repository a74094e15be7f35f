import { describe, expect, it } from 'vitest';
import { formatYuan, percentOfHalfUp, spreadByLargestRemainder } from '../src/index.js';

describe('spreading an order reduction by largest remainder', () => {
  it('gives the leftover fen to the largest remainders', () => {
    expect(spreadByLargestRemainder(10000, [33333, 33333, 33334])).toEqual([3333, 3333, 3334]);
  });

  it('breaks ties in remainders toward the earlier line', () => {
    expect(spreadByLargestRemainder(100, [100, 100, 100])).toEqual([34, 33, 33]);
    expect(spreadByLargestRemainder(1, [500, 500])).toEqual([1, 0]);
  });

  it('always adds up to the amount, and never gives a line more than its weight', () => {
    const weights = [1, 999, 12345, 7, 250000, 3];
    for (const total of [1, 2, 17, 999, 100000, 263355]) {
      const shares = spreadByLargestRemainder(total, weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      shares.forEach((share, i) => expect(share).toBeLessThanOrEqual(weights[i] ?? 0));
    }
  });

  it('clamps to the sum of the weights: a reduction never makes the order negative', () => {
    expect(spreadByLargestRemainder(10000, [300, 200])).toEqual([300, 200]);
  });

  it('stays exact for amounts whose products pass 2^53', () => {
    const shares = spreadByLargestRemainder(99_999_999_999, [70_000_000_001, 29_999_999_999]);
    // Exact: floors 70,000,000,000 + 29,999,999,998; the spare fen goes to the larger remainder.
    expect(shares).toEqual([70_000_000_000, 29_999_999_999]);
  });

  it('gives nothing for nothing', () => {
    expect(spreadByLargestRemainder(0, [5, 5])).toEqual([0, 0]);
    expect(spreadByLargestRemainder(5, [0, 0])).toEqual([0, 0]);
  });
});

describe('percentages, half-up once', () => {
  it('25% of 19.99 is 5.00', () => {
    expect(percentOfHalfUp(1999, 25)).toBe(500);
  });

  it('rounds exactly half up, and below half down', () => {
    expect(percentOfHalfUp(50, 1)).toBe(1); // 0.5 fen
    expect(percentOfHalfUp(49, 1)).toBe(0); // 0.49 fen
    expect(percentOfHalfUp(10000, 12.5)).toBe(1250);
    expect(percentOfHalfUp(333, 33.33)).toBe(111); // 110.9889
  });
});

describe('formatYuan', () => {
  it.each([
    [59899, '598.99'],
    [500, '5.00'],
    [1, '0.01'],
    [0, '0.00'],
    [-250, '-2.50'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});
