/**
 * What a campaign is evaluated against: who buys, what, when and where, and the totals the
 * server's ledger knows. `schemas/context.schema.json` is its schema; these types mirror it.
 * Every amount is integer fen.
 */

export type Fen = number;

export interface OrderLine {
  id: string;
  sku: string;
  name?: string;
  /** List price of one unit, tax-inclusive, in fen. */
  unitPrice: Fen;
  quantity: number;
  category?: string;
  brand?: string;
  /** Special-price lines are excluded from most order-level offers. */
  specialPrice?: boolean;
  /** Trade facts that plugins read (product class, brand class, …). */
  attributes?: Record<string, string | number | boolean>;
}

export interface Customer {
  id?: string;
  /** Normalised phone number: identifies a guest. */
  phone?: string;
  tier?: string;
  tags?: string[];
  /**
   * Paid amount of the customer's completed orders earlier on the campaign's local day of
   * `instant`, net of refunds, as the ledger knows it. Awards by tiers of a day's cumulative
   * amount (D1) read it.
   */
  paidToday?: Fen;
  /** Number of completed purchases before this one. */
  purchaseCount?: number;
}

/** A coupon the customer holds. `coupon` names the coupon kind a rule asks for. */
export interface HeldCoupon {
  id: string;
  coupon: string;
  /** Instant after which it is no longer usable; breaks ties between equal offers. */
  expiresAt?: string;
}

/** A voucher the customer holds: a tender of a fixed face value, used whole. */
export interface HeldVoucher {
  id: string;
  /** Kind of voucher, e.g. `ecommerce.egg-voucher`; blocks accept certain kinds. */
  kind: string;
  value: Fen;
  /** When it was issued; validity periods count from here. */
  issuedAt: string;
  /** An explicit end of validity (exclusive), overriding the block's validity period. */
  expiresAt?: string;
}

/** What happened: an order being priced (the default), a coupon claim, a recharge, … */
export interface ContextEvent {
  type: string;
  [fact: string]: unknown;
}

export interface EvaluationContext {
  /** The moment of evaluation, ISO 8601 with an offset or `Z`. */
  instant: string;
  channel?: string;
  branchId?: string;
  customer: Customer;
  lines: OrderLine[];
  coupons?: HeldCoupon[];
  vouchers?: HeldVoucher[];
  /** Absent means `{ "type": "order" }`. */
  event?: ContextEvent;
}

export const ORDER_EVENT = 'order';
