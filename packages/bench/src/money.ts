/**
 * The money rules of the scenarios, written out again for the two comparison evaluators so that
 * the agreement check compares independent implementations, not the engine with itself.
 */

/** `percent`% of `amount` fen, rounded half-up once, on integer basis points. */
export function percentHalfUp(amount: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);

  return Math.floor((amount * basisPoints + 5000) / 10000);
}

/**
 * Splits `total` over `weights` in proportion, never more than the sum: shares floored, the fen
 * left over one each to the largest remainders, ties to the earlier index. Amounts here stay far
 * below 2^53 when multiplied (a cart is at most a few hundred thousand yuan).
 */
export function spreadLargestRemainder(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const weight of weights) sum += weight;
  const shares = new Array<number>(weights.length).fill(0);
  if (total <= 0 || sum <= 0) return shares;

  const amount = Math.min(total, sum);
  const remainders = new Array<number>(weights.length);
  let left = amount;
  for (let i = 0; i < weights.length; i += 1) {
    const scaled = amount * (weights[i] ?? 0);
    const share = Math.floor(scaled / sum);
    shares[i] = share;
    remainders[i] = scaled - share * sum;
    left -= share;
  }
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < remainders.length; i += 1) {
      if (best < 0 || (remainders[i] ?? 0) > (remainders[best] ?? 0)) best = i;
    }
    shares[best] = (shares[best] ?? 0) + 1;
    remainders[best] = -1;
    left -= 1;
  }

  return shares;
}
