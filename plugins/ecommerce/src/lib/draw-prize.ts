import { pickPrize } from '@campaign-studio/plugin-core';

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

/**
 * E4: one draw. The seed (an unsigned 32-bit integer the server records) gives a ticket in
 * [0, 1,000,000); the limited prizes hold consecutive bands of their chance, in order, and the
 * unlimited prize the rest. A prize with nothing left has no band, so its chance goes to the
 * unlimited prize and it is never given more times than its quantity. The same seed and the
 * same prizes left always give the same prize.
 */
export function drawPrize(prizesLeft: readonly PrizeLeft[], seed: number): DrawOutcome {
  const unlimited = prizesLeft.filter((entry) => entry.left === undefined);
  if (unlimited.length !== 1) {
    throw new RangeError(`exactly one prize must be unlimited (no left), got ${unlimited.length}`);
  }
  // The draw itself is core's, shared with every plugin and with the server's completion.
  const picked = pickPrize({
    prizes: prizesLeft.map(({ prize, left, chancePpm }) =>
      left === undefined
        ? { id: prize, unlimited: true }
        : { id: prize, quantity: left, ...(chancePpm !== undefined && { chance: chancePpm }) },
    ),
    left: new Map(),
    seed,
    mode: 'chances',
  });

  return { prize: picked.prize as string, seed, ticket: picked.ticket };
}
