import type { Fen } from '../types/index.js';

/**
 * Splits `total` fen over `weights` in proportion, each share at most its weight. Shares are
 * floored first; the fen left over go one each to the largest remainders, ties to the earlier
 * index. With total ≤ sum(weights) no share exceeds its weight, because a share only gains a
 * fen when its exact proportional value was above its floor.
 */
export function spreadByLargestRemainder(total: Fen, weights: readonly Fen[]): Fen[] {
  let sum = 0;
  for (const weight of weights) sum += weight;
  if (total <= 0 || sum <= 0) return weights.map(() => 0);

  const amount = Math.min(total, sum);
  if (amount === sum) return [...weights];

  return amount * sum <= Number.MAX_SAFE_INTEGER
    ? spreadExactly(amount, weights, sum)
    : spreadWithBigInt(amount, weights, sum);
}

/** Products stay below 2^53, so remainders (scaled by `sum`) are exact integers. */
function spreadExactly(amount: Fen, weights: readonly Fen[], sum: Fen): Fen[] {
  const shares = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let left = amount;
  for (let i = 0; i < weights.length; i += 1) {
    const product = amount * (weights[i] as number);
    const share = Math.floor(product / sum);
    shares[i] = share;
    remainders[i] = product - share * sum;
    left -= share;
  }
  // Fewer fen are left than there are weights: pick the largest remainders one by one (the
  // earlier index on a tie) rather than sort them all; carts have a few dozen lines at most.
  for (; left > 0; left -= 1) {
    let best = -1;
    for (let i = 0; i < remainders.length; i += 1) {
      if (best < 0 || (remainders[i] as number) > (remainders[best] as number)) best = i;
    }
    shares[best] = (shares[best] as number) + 1;
    remainders[best] = -1;
  }

  return shares;
}

function spreadWithBigInt(amount: Fen, weights: readonly Fen[], sum: Fen): Fen[] {
  const big = BigInt(amount);
  const bigSum = BigInt(sum);
  const remainders = weights.map((weight) => (big * BigInt(weight)) % bigSum);
  const shares = weights.map((weight) => Number((big * BigInt(weight)) / bigSum));
  const left = amount - shares.reduce((acc, share) => acc + share, 0);
  const order = weights.map((_, index) => index);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : rb > ra ? 1 : -1;
  });
  for (let i = 0; i < left; i += 1) {
    const index = order[i] as number;
    shares[index] = (shares[index] as number) + 1;
  }

  return shares;
}
