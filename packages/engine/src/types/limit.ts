/**
 * Limits: what an applied campaign takes from counters that many orders share (a budget, stock
 * per item and session, uses per customer). The engine stays pure: it says what each applied
 * campaign would take (`LimitClaim`), the server's ledger says what is left, and a campaign whose
 * claim does not fit is evaluated again as not applied (`EvaluateOptions.shortfalls`), with the
 * figures in its reason. Redemption holds every claim of the final result at once, or none.
 */
import type { LocalizedText } from './document.js';

/** Budgets count fen; stock, uses and caps count units. */
export type LimitUnit = 'fen' | 'count';

export type LimitKind =
  /** A campaign's total budget (fen). */
  | 'budget'
  /** The part of a budget reserved for some customer tiers (V1); shares never borrow. */
  | 'budget-share'
  /** Units of an item, optionally per sale session (E3, R6, R8 perks). */
  | 'stock'
  /** Redemptions of a campaign in all (a 10-use campaign; many codes sharing one limit). */
  | 'uses'
  /** Redemptions by one customer, in all or per local day. */
  | 'per-customer'
  /** A held coupon or voucher: used once, whatever campaign uses it. */
  | 'instrument'
  /** Claims of a coupon kind by one customer, at claim time (R5). */
  | 'claim';

export interface LimitClaim {
  /**
   * The counter, unique across the whole ledger: `campaign:<id>:<what>` for a campaign's own
   * limits (`campaign:E3:stock:SKU-1:2026-11-11T10`), `coupon:<id>` / `voucher:<id>` for held
   * instruments. The same key always means the same counter, across versions and processes.
   */
  key: string;
  kind: LimitKind;
  unit: LimitUnit;
  /** The whole limit, e.g. 10000 fen of budget or 50 units; the ledger keeps the latest. */
  capacity: number;
  /** What this order takes from it: > 0. */
  amount: number;
  /** The campaign whose limit it is; absent for instruments. */
  campaignId?: string;
  /** The limit in a marketer's words: "ordinary share", "stock of SKU-1, 10:00 session". */
  label: LocalizedText;
  /**
   * JSON pointer of what made the claim, set by the engine: the limit block (`/limits/0`), or
   * for an instrument the benefit that used it.
   */
  path?: string;
  /** The block at `path`, set by the engine. */
  block?: string;
}

/** A claim that did not fit: what the order needs and what the ledger has left. */
export interface LimitShortfall {
  claim: LimitClaim;
  /** What is left of `claim.capacity`; `claim.amount` is what was needed. */
  left: number;
}
