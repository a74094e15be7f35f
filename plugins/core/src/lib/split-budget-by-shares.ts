import { spreadByLargestRemainder } from '@campaign-studio/sdk';

/** One tier's part of a budget: `weight` out of the sum of all weights (60 / 30 / 10). */
export interface BudgetShare {
  tier: string;
  weight: number;
}

/** A tier's cap in fen, as the ledger keeps it. */
export interface BudgetShareCap {
  tier: string;
  cap: number;
}

const MAX_BUDGET = 100_000_000_000;
const MAX_WEIGHT = 10_000;

/**
 * V1: splits a budget of `total` fen into one cap per tier, in proportion to the weights. Fen
 * that do not divide evenly go to the largest remainders, ties to the earlier share, as
 * `spreadByLargestRemainder` does for lines: 100,000.01 at 60/30/10 → 60,000.01 / 30,000.00 /
 * 10,000.00. Throws a RangeError naming the bad input; caps always add up to `total`.
 */
export function splitBudgetByShares(
  total: number,
  shares: readonly BudgetShare[],
): BudgetShareCap[] {
  if (!Number.isInteger(total) || total < 0 || total > MAX_BUDGET) {
    throw new RangeError(`total must be whole fen between 0 and ${MAX_BUDGET}, got ${total}`);
  }
  if (shares.length === 0) throw new RangeError('shares must name at least one tier');
  const seen = new Set<string>();
  shares.forEach((share, index) => {
    if (share.tier.length === 0) throw new RangeError(`shares[${index}].tier must not be empty`);
    if (seen.has(share.tier)) {
      throw new RangeError(`shares[${index}].tier "${share.tier}" appears twice`);
    }
    seen.add(share.tier);
    if (!Number.isInteger(share.weight) || share.weight < 1 || share.weight > MAX_WEIGHT) {
      throw new RangeError(
        `shares[${index}].weight must be a whole number from 1 to ${MAX_WEIGHT}, ` +
          `got ${share.weight}`,
      );
    }
  });

  // The spreader caps each part at its weight, so weights are scaled by the total: the
  // proportions are the same and no cap binds (total × weight stays below 2^53).
  const caps = spreadByLargestRemainder(
    total,
    shares.map((share) => share.weight * total),
  );

  return shares.map((share, index) => ({ tier: share.tier, cap: caps[index] ?? 0 }));
}
