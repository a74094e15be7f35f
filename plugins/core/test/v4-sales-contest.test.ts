import { describe, expect, it } from 'vitest';
import { settleLeaderboard } from '../src/index.js';

const NOVEMBER = { start: '2026-11-01T00:00:00+08:00', end: '2026-12-01T00:00:00+08:00' };
const sale = (customerId: string, amount: number, reachedAt: string) => ({
  customerId,
  amount,
  reachedAt,
});

describe('V4 sales contest', () => {
  it('sums per customer within [start, end): the highest total wins', () => {
    const { winner, standings } = settleLeaderboard(
      [
        sale('a', 300_000, '2026-11-02T10:00:00+08:00'),
        sale('b', 250_000, '2026-11-03T10:00:00+08:00'),
        sale('a', 100_000, '2026-11-20T10:00:00+08:00'),
        sale('b', 200_000, '2026-11-21T10:00:00+08:00'),
        // Outside the period: 31 Oct 23:59:59 and 1 Dec 00:00 exactly.
        sale('a', 900_000, '2026-10-31T23:59:59+08:00'),
        sale('c', 900_000, '2026-12-01T00:00:00+08:00'),
      ],
      NOVEMBER,
    );

    expect(winner?.customerId).toBe('b');
    expect(standings.map((s) => [s.rank, s.customerId, s.total])).toEqual([
      [1, 'b', 450_000],
      [2, 'a', 400_000],
    ]);
  });

  it('a tie goes to the customer who reached the total earlier', () => {
    const { winner, standings } = settleLeaderboard(
      [
        sale('late', 500_000, '2026-11-10T09:00:00+08:00'),
        sale('early', 200_000, '2026-11-01T00:00:00+08:00'),
        sale('early', 300_000, '2026-11-09T23:00:00+08:00'),
        sale('late', 1, '2026-11-30T23:59:59+08:00'),
        sale('late', -1, '2026-11-30T23:59:59.500+08:00'),
      ],
      NOVEMBER,
    );

    // Both end at 5,000.00; "early" reached it on 9 Nov 23:00, "late" on 10 Nov 09:00 (the
    // later +0.01 −0.01 does not move when "late" first had 5,000.00).
    expect(winner).toEqual({
      rank: 1,
      customerId: 'early',
      total: 500_000,
      reachedAt: '2026-11-09T23:00:00+08:00',
    });
    expect(standings[1]).toEqual({
      rank: 2,
      customerId: 'late',
      total: 500_000,
      reachedAt: '2026-11-10T09:00:00+08:00',
    });
  });

  it('instants in other offsets compare as instants; the same instant falls back to the id', () => {
    const { standings } = settleLeaderboard(
      [sale('y', 100, '2026-11-05T02:00:00Z'), sale('x', 100, '2026-11-05T10:00:00+08:00')],
      NOVEMBER,
    );
    expect(standings.map((s) => s.customerId)).toEqual(['x', 'y']);
  });

  it('no sales, or only refunds, has no winner', () => {
    expect(settleLeaderboard([], NOVEMBER)).toEqual({ winner: undefined, standings: [] });
    const refunds = settleLeaderboard([sale('a', -100, '2026-11-05T10:00:00+08:00')], NOVEMBER);
    expect(refunds.winner).toBeUndefined();
    expect(refunds.standings[0]?.total).toBe(-100);
  });

  it('refuses bad input, naming the field', () => {
    expect(() => settleLeaderboard([sale('a', 1, '2026-11-05 10:00')], NOVEMBER)).toThrow(
      'entries[0].reachedAt must be an ISO 8601 instant with an offset, got "2026-11-05 10:00"',
    );
    expect(() => settleLeaderboard([sale('a', 1.5, '2026-11-05T10:00:00Z')], NOVEMBER)).toThrow(
      'entries[0].amount must be whole fen, got 1.5',
    );
    expect(() => settleLeaderboard([], { start: NOVEMBER.end, end: NOVEMBER.start })).toThrow(
      'period.end must be after period.start',
    );
  });
});
