import type { Fen } from '../types/index.js';

/**
 * Splits `total` fen over `weights` in proportion, each share at most its weight. Shares are
 * floored first; the fen left over go one each to the largest remainders, ties to the earlier
 * index. With total ≤ sum(weights) no share exceeds its weight, because a share only gains a
 * fen when its exact proportional value was above its floor.
 */
export function spreadByLargestRemainder(total: Fen, weights: readonly Fen[]): Fen[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);

  const amount = Math.min(total, sum);
  const { shares, remainders } =
    amount * sum <= Number.MAX_SAFE_INTEGER
      ? divideExactly(amount, weights, sum)
      : divideWithBigInt(amount, weights, sum);
  let left = amount - shares.reduce((acc, share) => acc + share, 0);

  const order = weights
    .map((_, index) => index)
    .sort((a, b) => compareRemainders(remainders[b], remainders[a]) || a - b);
  for (const index of order) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }

  return shares;
}

interface Division {
  shares: Fen[];
  /** Remainders scaled by `sum`, kept as integers so comparing them is exact. */
  remainders: (number | bigint)[];
}

function divideExactly(amount: Fen, weights: readonly Fen[], sum: Fen): Division {
  return {
    shares: weights.map((weight) => Math.floor((amount * weight) / sum)),
    remainders: weights.map((weight) => (amount * weight) % sum),
  };
}

function divideWithBigInt(amount: Fen, weights: readonly Fen[], sum: Fen): Division {
  const big = BigInt(amount);
  const bigSum = BigInt(sum);

  return {
    shares: weights.map((weight) => Number((big * BigInt(weight)) / bigSum)),
    remainders: weights.map((weight) => (big * BigInt(weight)) % bigSum),
  };
}

function compareRemainders(a: number | bigint | undefined, b: number | bigint | undefined): number {
  const left = BigInt(a ?? 0);
  const right = BigInt(b ?? 0);

  return left === right ? 0 : left > right ? 1 : -1;
}
