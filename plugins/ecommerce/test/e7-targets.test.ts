import { describe, expect, it } from 'vitest';
import { targetReport } from '../src/index.js';

const yuan = (amount: number) => amount * 100;

describe('E7 target against actual', () => {
  it('11 Nov: 5.8 million against a 6.8 million target → 85.3%, 1 million short', () => {
    const report = targetReport({
      target: yuan(6_800_000),
      channels: [{ channel: 'all', amount: yuan(5_800_000) }],
      visitors: 258_000,
      orders: 34_701,
    });

    expect(report.actual).toBe(580_000_000);
    expect(report.attainmentPermille).toBe(853);
    expect(report.attainment).toBe('85.3%');
    expect(report.gap).toBe(-100_000_000);
    expect(report.conversionBasisPoints).toBe(1345);
  });

  it('October: 3,045,465 = PC 2,752,197 + mobile 293,268, against a 2 million base', () => {
    const report = targetReport({
      target: yuan(2_000_000),
      channels: [
        { channel: 'pc', amount: yuan(2_752_197) },
        { channel: 'mobile', amount: yuan(293_268) },
      ],
    });

    expect(report.actual).toBe(yuan(3_045_465));
    expect(report.attainment).toBe('152.3%');
    expect(report.channels.map((c) => [c.channel, c.sharePermille])).toEqual([
      ['pc', 904],
      ['mobile', 96],
    ]);
    expect(report.conversionBasisPoints).toBeUndefined();
  });

  it('refuses a target that is not a positive amount of fen', () => {
    expect(() => targetReport({ target: 0, channels: [] })).toThrow(/target must be a positive/);
  });
});
