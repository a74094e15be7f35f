import type { Prize } from '../generated/scratch-card.js';

/** How many cards a pool can pay out, and what its prizes are worth together (fen). */
export interface ScratchCardPool {
  cards: number;
  value: number;
}

/**
 * R10's pool: 1 phone of 1,111 + 2 cards of 111 + 6 flasks of 60 + 20 tissue packs of 30 +
 * 2,000 gifts of 2 → 2,029 winning cards worth 6,293.00 together. Pure: the builder calls it.
 */
export function scratchCardPool(prizes: readonly Pick<Prize, 'quantity' | 'value'>[]) {
  return prizes.reduce<ScratchCardPool>(
    (pool, prize) => ({
      cards: pool.cards + prize.quantity,
      value: pool.value + prize.quantity * prize.value,
    }),
    { cards: 0, value: 0 },
  );
}
