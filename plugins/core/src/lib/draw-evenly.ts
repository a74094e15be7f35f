/** A prize and how many of it are still in the pool. */
export interface PoolEntry {
  prize: string;
  left: number;
}

/**
 * R10: every prize unit still in the pool is equally likely, so `random` in [0, 1) picks a
 * unit by position. Undefined once the pool is empty.
 */
export function drawEvenly(pool: readonly PoolEntry[], random: number): string | undefined {
  const total = pool.reduce((sum, entry) => sum + Math.max(0, entry.left), 0);
  if (total === 0) return undefined;

  let ticket = Math.min(total - 1, Math.floor(random * total));
  for (const entry of pool) {
    const left = Math.max(0, entry.left);
    if (ticket < left) return entry.prize;
    ticket -= left;
  }

  return undefined;
}
