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

/** The `answer` a hold stores: a replay of the key gets `response` back. */
export interface StoredAnswer {
  response: RedeemAnswer;
  order: OrderAtRedeem;
}
