import type { EvaluationResult, LimitClaim, LimitShortfall } from '../types/index.js';

/**
 * What the ledger has left of each counter, by key, for one claim of each (a counter's
 * capacity is the claim's: a campaign's newer version may have raised it since the counter was
 * last held). A key it does not return was never used.
 */
export type ReadLeft = (claims: readonly LimitClaim[]) => Promise<ReadonlyMap<string, number>>;

/** One evaluation with the campaigns to leave out for their shortfalls. */
export type EvaluateWithShortfalls<C> = (
  context: C,
  options: { shortfalls: ReadonlyMap<string, LimitShortfall[]> },
) => EvaluationResult | Promise<EvaluationResult>;

/**
 * Evaluates, reads what is left of every counter the applied campaigns claim, and evaluates
 * again without the campaigns whose claims do not fit, until no new shortfall appears. Leaving
 * one campaign out can let another apply (the runner-up of an exclusive group), whose claims
 * are read in the next round. Each round leaves out at least one more campaign, so there are
 * at most as many rounds as campaigns, plus one. Counters are read once per key: the answer is
 * one snapshot of the ledger. With no claims, this is one evaluation and no read.
 */
export async function evaluateWithinLimits<C>(
  evaluate: EvaluateWithShortfalls<C>,
  context: C,
  readLeft: ReadLeft,
): Promise<EvaluationResult> {
  const shortfalls = new Map<string, LimitShortfall[]>();
  const known = new Map<string, number | undefined>();
  for (;;) {
    const result = await evaluate(context, { shortfalls });
    const unread = new Map<string, LimitClaim>();
    for (const claim of result.claims) {
      if (!known.has(claim.key) && !unread.has(claim.key)) unread.set(claim.key, claim);
    }
    if (unread.size > 0) {
      const left = await readLeft([...unread.values()]);
      for (const key of unread.keys()) known.set(key, left.get(key));
    }

    let fresh = false;
    for (const outcome of result.campaigns) {
      if (outcome.status !== 'applied' || !outcome.claims || shortfalls.has(outcome.campaignId)) {
        continue;
      }
      const short = outcome.claims.flatMap((claim) => shortOf(claim, known.get(claim.key)));
      if (short.length === 0) continue;
      shortfalls.set(outcome.campaignId, short);
      fresh = true;
    }
    if (!fresh || shortfalls.size > result.campaigns.length) return result;
  }
}

function shortOf(claim: LimitClaim, left: number | undefined): LimitShortfall[] {
  const rest = left ?? claim.capacity;

  return claim.amount > rest ? [{ claim, left: rest }] : [];
}
