/** One sale counted in a contest; a refund is a negative amount. */
export interface LeaderboardEntry {
  customerId: string;
  /** Fen, paid amount of a completed order (negative for a refund). */
  amount: number;
  /** ISO 8601 instant with an offset or `Z`. */
  reachedAt: string;
}

/** The contest period `[start, end)`, ISO 8601 instants. */
export interface LeaderboardPeriod {
  start: string;
  end: string;
}

export interface Standing {
  rank: number;
  customerId: string;
  total: number;
  /** When the customer's running total first reached `total`. */
  reachedAt: string;
}

export interface LeaderboardSettlement {
  /** The first standing, when it has sold anything. */
  winner: Standing | undefined;
  standings: Standing[];
}

interface Tally {
  customerId: string;
  total: number;
  /** Running totals after each entry, in time order, to find when the total was reached. */
  steps: { total: number; atMs: number; at: string }[];
}

function parseInstant(value: string, field: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    throw new RangeError(`${field} must be an ISO 8601 instant with an offset, got "${value}"`);
  }

  return ms;
}

/**
 * V4: settles a sales contest when its period ends. Sums each customer's entries inside
 * `[start, end)`; the highest total ranks first, a tie goes to the customer who reached that
 * total earlier, then (same instant) to the smaller id so that settling twice agrees.
 */
export function settleLeaderboard(
  entries: readonly LeaderboardEntry[],
  period: LeaderboardPeriod,
): LeaderboardSettlement {
  const startMs = parseInstant(period.start, 'period.start');
  const endMs = parseInstant(period.end, 'period.end');
  if (endMs <= startMs) throw new RangeError('period.end must be after period.start');

  const timed = entries.map((entry, index) => {
    if (!Number.isInteger(entry.amount)) {
      throw new RangeError(`entries[${index}].amount must be whole fen, got ${entry.amount}`);
    }
    return { entry, atMs: parseInstant(entry.reachedAt, `entries[${index}].reachedAt`) };
  });
  const inPeriod = timed
    .filter(({ atMs }) => atMs >= startMs && atMs < endMs)
    .sort((a, b) => a.atMs - b.atMs);

  const tallies = new Map<string, Tally>();
  for (const { entry, atMs } of inPeriod) {
    const tally = tallies.get(entry.customerId) ?? {
      customerId: entry.customerId,
      total: 0,
      steps: [],
    };
    tally.total += entry.amount;
    tally.steps.push({ total: tally.total, atMs, at: entry.reachedAt });
    tallies.set(entry.customerId, tally);
  }

  const ranked = [...tallies.values()].map((tally) => {
    const reached = tally.steps.find((step) => step.total >= tally.total) ?? tally.steps[0];
    return { tally, atMs: reached?.atMs ?? 0, at: reached?.at ?? '' };
  });
  ranked.sort(
    (a, b) =>
      b.tally.total - a.tally.total ||
      a.atMs - b.atMs ||
      (a.tally.customerId < b.tally.customerId ? -1 : 1),
  );
  const standings = ranked.map(({ tally, at }, index) => ({
    rank: index + 1,
    customerId: tally.customerId,
    total: tally.total,
    reachedAt: at,
  }));
  const first = standings[0];

  return { winner: first !== undefined && first.total > 0 ? first : undefined, standings };
}
