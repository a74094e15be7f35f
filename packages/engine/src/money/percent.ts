import type { Fen } from '../types/index.js';

/**
 * `percent`% of `amount` fen, rounded half-up once. Percentages carry at most two decimals
 * (12.5 = 12.5%), so the computation runs on integer basis points and stays exact.
 */
export function percentOfHalfUp(amount: Fen, percent: number): Fen {
  const basisPoints = Math.round(percent * 100);
  const scaled = amount * basisPoints;

  return Math.floor((scaled + 5000) / 10000);
}
