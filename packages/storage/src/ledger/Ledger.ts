/**
 * The redemption ledger: counters that many orders share (budgets, budget shares, stock, uses,
 * per-customer caps, held coupons), and the redemptions that hold, use and return them. Every
 * backend gives the same answers; see docs/operations.md for how they differ in operation.
 */
import type { LocalizedName } from '../schema.js';

/**
 * What one redemption takes from one counter. The engine's `LimitClaim` has this shape; storage
 * does not depend on the engine, so the shape is repeated here.
 */
export interface LedgerClaim {
  /** The counter, unique across the ledger, e.g. `campaign:E3:stock:SKU-1:2026-11-11T10`. */
  key: string;
  kind: string;
  unit: 'fen' | 'count';
  /** The whole limit; the latest capacity a hold brings wins. */
  capacity: number;
  /** What this redemption takes: a positive integer. */
  amount: number;
  campaignId?: string;
  label: LocalizedName;
}

/** A claim that did not fit, with the figures a checkout shows. */
export interface LedgerShortfall {
  key: string;
  need: number;
  left: number;
  capacity: number;
  label: LocalizedName;
}

export type RedemptionState = 'held' | 'completed' | 'cancelled' | 'expired' | 'refunded';

export interface HoldRequest {
  redemptionId: string;
  idempotencyKey: string;
  /** A hash of the order (order id, customer, lines, coupons): the same key must bring it again. */
  requestHash: string;
  claims: readonly LedgerClaim[];
  expiresAt: Date;
  /** What the caller answered; a replay of the key gets exactly this back. */
  answer: unknown;
  /** The customer id, or a guest's normalised phone; the paid total per day is kept for it. */
  customerKey?: string;
}

export type HoldOutcome =
  | { status: 'held'; redemptionId: string }
  | { status: 'replayed'; redemptionId: string; state: RedemptionState; answer: unknown }
  /** The key was used for another order; `redemptionId` is that order's redemption. */
  | { status: 'conflict'; redemptionId: string }
  /** Nothing was held; the key is free again, so the checkout may retry with it. */
  | { status: 'refused'; shortfalls: LedgerShortfall[] };

/** Something a completed order earned: a voucher, an egg, a draw result, a free-order moment. */
export interface GrantInput {
  id: string;
  kind: string;
  /** Its worth in fen (0 when it has none, like a draw without prize). */
  value: number;
  details?: Record<string, unknown>;
  /** The random seed, when the grant was drawn. */
  seed?: string;
}

export interface CompleteRequest {
  paidAt: Date;
  /** What the customer paid, in fen; added to the customer's paid total of the local day. */
  paidAmount: number;
  /** The zone of the local day (default Asia/Shanghai). */
  timeZone?: string;
  grants?: readonly GrantInput[];
}

export interface Completion {
  status: 'completed';
  redemptionId: string;
  paidAt: string;
  paidAmount: number;
  /** The local day the paid amount was added to, `YYYY-MM-DD`. */
  paidDay: string;
  grants: GrantInput[];
}

export type CompleteOutcome =
  | Completion
  /** Expired, cancelled or refunded: nothing was used. */
  | { status: 'refused'; redemptionId: string; state: RedemptionState };

export type CancelOutcome =
  | { status: 'cancelled'; redemptionId: string; state: 'cancelled' | 'expired' }
  | { status: 'refused'; redemptionId: string; state: RedemptionState };

export interface UsedGrant {
  grantId: string;
  kind: string;
  value: number;
  /** The redemption that used it, or what `markGrantUsed` was told. */
  usedBy: string;
}

export interface Refund {
  status: 'refunded';
  redemptionId: string;
  refundedAt: string;
  paidAmount: number;
  /** What went back to which counter: budgets, shares, stock and uses. */
  returned: { key: string; amount: number }[];
  /** Grants of the order that were not used yet, now void. */
  revoked: string[];
  /** Grants already used: the merchant deducts them. */
  used: UsedGrant[];
}

export type RefundOutcome =
  Refund | { status: 'refused'; redemptionId: string; state: RedemptionState };

export interface ClaimRequest {
  redemptionId: string;
  idempotencyKey: string;
  requestHash: string;
  claims: readonly LedgerClaim[];
  customerKey?: string;
  grants?: readonly GrantInput[];
}

export type ClaimOutcome =
  | { status: 'claimed'; redemptionId: string }
  | { status: 'replayed'; redemptionId: string }
  | { status: 'conflict'; redemptionId: string }
  | { status: 'refused'; shortfalls: LedgerShortfall[] };

/** A prize of a draw pool: a counted quantity, or unlimited (the consolation prize). */
export type PrizeInput =
  { key: string; capacity: number; label: LocalizedName } | { key: string; unlimited: true };

/** A prize still available to a draw: what `pick` chooses from. */
export interface PrizeLeft {
  key: string;
  /** Units left, or `'unlimited'`. */
  left: number | 'unlimited';
}

export interface DrawRequest {
  /** The draw's own id; drawing again with it replays the recorded result. */
  drawId: string;
  redemptionId?: string;
  seed: string;
  prizes: readonly PrizeInput[];
  /** Chooses among the prizes left (never empty); the seeded `pickPrize` of plugins/core. */
  pick: (left: readonly PrizeLeft[]) => string;
}

export interface DrawRecord {
  drawId: string;
  redemptionId?: string;
  seed: string;
  /** The prize won, or absent when the pool was empty. */
  prize?: string;
  /** What was left when it was drawn, in the order given. */
  seen: PrizeLeft[];
  /** True when this is the recorded draw returned again. */
  replayed: boolean;
}

export interface CounterState {
  key: string;
  kind: string;
  unit: 'fen' | 'count';
  capacity: number;
  used: number;
  held: number;
  label: LocalizedName;
}

export interface GrantRecord extends GrantInput {
  redemptionId: string;
  customerKey?: string;
  state: 'active' | 'used' | 'revoked';
  usedBy?: string;
}

export interface Ledger {
  readonly backend: 'pglite' | 'postgres' | 'postgres+redis';
  /** Holds every claim or none. */
  hold(request: HoldRequest): Promise<HoldOutcome>;
  /** What is left per key (capacity − used − held); an unknown key is absent. */
  left(keys: readonly string[]): Promise<Map<string, number>>;
  /** Turns the holds into use and records what the order earned. Twice: the first answer. */
  complete(redemptionId: string, request: CompleteRequest): Promise<CompleteOutcome>;
  /** Releases every hold of a redemption never completed; idempotent. */
  cancel(redemptionId: string): Promise<CancelOutcome>;
  /** Returns budget and stock, revokes unused grants; per-customer use stays counted. */
  refund(redemptionId: string, request: { at: Date }): Promise<RefundOutcome>;
  /** Marks a grant used outside checkout (a voucher used in a shop, an egg opened). */
  markGrantUsed(grantId: string, byRedemptionId: string): Promise<GrantRecord>;
  /** Releases every hold past its expiry; safe from many processes at once. */
  releaseExpired(now: Date): Promise<number>;
  /** Takes straight to use (claim-time caps, R5) and records the grant, or refuses. */
  claim(request: ClaimRequest): Promise<ClaimOutcome>;
  /** Draws one prize from what is left, atomically; a recorded draw is returned again. */
  draw(request: DrawRequest): Promise<DrawRecord>;
  /**
   * Gives back the prizes drawn for a redemption that was cancelled or expired (a completion
   * drew, then was refused); each prize once, however often called. Answers how many.
   */
  returnDraws(redemptionId: string): Promise<number>;
  /** The customer's paid total (fen) of a local day `YYYY-MM-DD`, net of refunds. */
  paidOn(customerKey: string, day: string): Promise<number>;
  /** Counter figures, for reports and tests; an unknown key is absent. */
  counters(keys: readonly string[]): Promise<Map<string, CounterState>>;
  grantsOf(redemptionId: string): Promise<GrantRecord[]>;
  /** Stops timers and closes connections the ledger opened itself. */
  close(): Promise<void>;
}
