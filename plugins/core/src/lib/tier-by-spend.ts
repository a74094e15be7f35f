/** One rung of a spend ladder: the tier earned from `min` fen of rolling spend. */
export interface SpendTier {
  tier: string;
  min: number;
}

/**
 * V2: the tier a rolling spend earns now: the highest rung whose `min` it reaches (≥ is
 * inclusive), or `otherwise` below every rung. 50,000.00 → vip; 49,999.99 → key with the
 * default ladder of vip ≥ 50,000 and key ≥ 10,000.
 */
export function tierBySpend(
  spend: number,
  ladder: readonly SpendTier[],
  otherwise: string,
): string {
  let best: SpendTier | undefined;
  for (const rung of ladder) {
    if (spend >= rung.min && (best === undefined || rung.min > best.min)) best = rung;
  }

  return best?.tier ?? otherwise;
}
