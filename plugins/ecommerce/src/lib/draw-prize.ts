/** A prize of a draw and how many are left; without `left` it is the unlimited prize. */
export interface PrizeLeft {
  prize: string;
  /** Units still to give; absent for the one unlimited prize. */
  left?: number;
  /** Chance per million draws; the unlimited prize takes every draw the others do not. */
  chancePpm?: number;
}

/** What a draw gave, with what replays it. */
export interface DrawOutcome {
  prize: string;
  seed: number;
  /** The draw's ticket in [0, 1,000,000): which chance band it fell in. */
  ticket: number;
}

const MILLION = 1_000_000;

/**
 * E4: one draw. The seed (an unsigned 32-bit integer the server records) gives a ticket in
 * [0, 1,000,000); the limited prizes hold consecutive bands of their chance, in order, and the
 * unlimited prize the rest. A prize with nothing left has no band, so its chance goes to the
 * unlimited prize and it is never given more times than its quantity. The same seed and the
 * same prizes left always give the same prize.
 */
export function drawPrize(prizesLeft: readonly PrizeLeft[], seed: number): DrawOutcome {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  const unlimited = prizesLeft.filter((entry) => entry.left === undefined);
  if (unlimited.length !== 1) {
    throw new RangeError(`exactly one prize must be unlimited (no left), got ${unlimited.length}`);
  }
  const bands = prizesLeft.reduce(
    (sum, entry) => sum + (entry.left === undefined ? 0 : (entry.chancePpm ?? 0)),
    0,
  );
  if (bands > MILLION) {
    throw new RangeError(`the chances add up to ${bands} per million, over 1,000,000`);
  }

  const ticket = Math.floor(mulberry32(seed) * MILLION);
  let start = 0;
  for (const entry of prizesLeft) {
    if (entry.left === undefined) continue;
    const end = start + (entry.chancePpm ?? 0);
    // A prize with nothing left keeps its band empty: its tickets fall to the unlimited prize.
    if (ticket >= start && ticket < end && entry.left > 0) {
      return { prize: entry.prize, seed, ticket };
    }
    start = end;
  }

  return { prize: (unlimited[0] as PrizeLeft).prize, seed, ticket };
}

/** The first number of the mulberry32 sequence of `seed`, in [0, 1). */
function mulberry32(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
