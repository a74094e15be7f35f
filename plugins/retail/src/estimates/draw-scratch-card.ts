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
  const total = after.reduce((sum, entry) => sum + Math.max(0, entry.left), 0);
  if (total === 0) return { pool: after };

  let ticket = Math.min(total - 1, Math.floor(random * total));
  for (const entry of after) {
    if (ticket < entry.left) {
      entry.left -= 1;
      return { prize: entry.prize, pool: after };
    }
    ticket -= Math.max(0, entry.left);
  }

  return { pool: after };
}
