import type {
  EvaluationContext,
  EvaluationResult,
  LimitClaim,
  LimitShortfall,
} from '@campaign-studio/engine';

/** What `redeem` answers: what evaluate answers, plus the redemption and what it holds. */
export interface RedeemAnswer extends EvaluationResult {
  redemptionId: string;
  /** When the hold ends unless the order is completed (ISO 8601, UTC). */
  expiresAt: string;
  /** The claims held, one per counter. */
  held: LimitClaim[];
}

/** What the server needs at completion, kept with the hold in the ledger. */
export interface OrderAtRedeem {
  /** The context as evaluated (with the ledger's `paidToday` when a campaign read it). */
  context: EvaluationContext;
  /** Campaigns left out at redeem for their shortfalls: they stay out at completion. */
  excluded: [string, LimitShortfall[]][];
  customerKey?: string;
}

/**
 * The response as a hold stores it. `held` is the result's `claims` again: left out of the
 * row (a quarter of its size) and put back by `storedResponse`; rows written before keep it.
 */
export type StoredResponse = Omit<RedeemAnswer, 'held'> & { held?: LimitClaim[] };

/** The `answer` a hold stores: a replay of the key gets `response` back. */
export interface StoredAnswer {
  response: StoredResponse;
  order: OrderAtRedeem;
}

/** The first answer to a key, as a replay answers it. */
export function storedResponse(answer: StoredAnswer): RedeemAnswer {
  return { ...answer.response, held: answer.response.claims };
}
