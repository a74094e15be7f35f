import { drawEvenly } from '@campaign-studio/plugin-core';

/** A prize and how many of it are still in the pool. */
export interface PrizeLeft {
  prize: string;
  left: number;
}

/**
 * One scratch card: every prize unit still in the pool is equally likely, so a card draws
 * "evenly from the prizes still left". `random` is in [0, 1) and comes from the caller (the
 * server records its seed for audit). Returns the prize won, or `undefined` once the pool is
 * empty, and the pool after the draw; the input is left as it was.
 */
export function drawScratchCard(
  pool: readonly PrizeLeft[],
  random: number,
): { prize?: string; pool: PrizeLeft[] } {
  const after = pool.map((entry) => ({ ...entry }));
  const prize = drawEvenly(after, random);
  const won = after.find((entry) => entry.prize === prize && entry.left > 0);
  if (!won) return { pool: after };
  won.left -= 1;

  return { prize: won.prize, pool: after };
}
