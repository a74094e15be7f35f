/**
 * What an evaluation answers: the money of the order and of every line, every benefit that
 * applied, and for every campaign in scope whether it applied and why (not).
 * `schemas/result.schema.json` is its schema; these types mirror it. Amounts are integer fen.
 */
import type { LocalizedText } from './document.js';
import type { Fen } from './context.js';
import type { LimitClaim, LimitShortfall } from './limit.js';

/** The four stages, always run in this order. */
export type Stage = 'line' | 'order' | 'tender' | 'reward';

export const STAGES: readonly Stage[] = ['line', 'order', 'tender', 'reward'];

/** Position of each stage in `STAGES`. */
export const STAGE_INDEX: Readonly<Record<Stage, number>> = {
  line: 0,
  order: 1,
  tender: 2,
  reward: 3,
};

/** Why a block, rule or campaign did not apply; `children` lists every reason of an `any`. */
export interface Reason {
  /** JSON pointer into the campaign document, e.g. `/rules/0/when/all/1`. */
  path: string;
  block?: string;
  message: LocalizedText;
  expected?: string;
  actual?: string;
  children?: Reason[];
}

export interface LineAmount {
  lineId: string;
  amount: Fen;
}

/** A voucher, deposit or other instrument a tender used. */
export interface UsedInstrument {
  id: string;
  kind: string;
  value: Fen;
}

export interface Reward {
  item: string;
  quantity: number;
  label: LocalizedText;
  /** Money value of the whole reward, when it has one. */
  value?: Fen;
  /** Facts of the reward a later step needs (e.g. the coupon kind a claim grants). */
  details?: Record<string, unknown>;
}

export interface AppliedBenefit {
  campaignId: string;
  campaignVersion: number;
  ruleId: string;
  block: string;
  /** JSON pointer of the benefit block in its campaign. */
  path: string;
  stage: Stage;
  label: LocalizedText;
  /** Money this benefit took off (line and order stages) or tendered (tender stage). */
  amount: Fen;
  lines: LineAmount[];
  instruments?: UsedInstrument[];
  reward?: Reward;
  /** Coupons the rule consumed. */
  couponsUsed?: string[];
}

export type RuleStatus = 'applied' | 'not-met' | 'lost' | 'error';

export interface RuleOutcome {
  ruleId: string;
  name?: LocalizedText;
  status: RuleStatus;
  /** Money the rule was worth when it was chosen or compared. */
  value?: Fen;
  reason?: Reason;
  /** The rule that beat it when only the best one applies. */
  lostTo?: string;
}

export type CampaignStatus = 'applied' | 'not-applied' | 'lost' | 'out-of-scope' | 'error';

export interface CampaignOutcome {
  campaignId: string;
  campaignVersion: number;
  name: LocalizedText;
  status: CampaignStatus;
  /** The active phase, for phased campaigns. */
  phase?: string;
  /** For campaigns not applied: the first failing block, or why the campaign was out of scope. */
  reason?: Reason;
  /** For a campaign that lost in its exclusive group: the campaign that won. */
  lostTo?: string;
  rules: RuleOutcome[];
  /** What an applied campaign takes from the ledger: its limits and the instruments it used. */
  claims?: LimitClaim[];
  /** For a campaign left out because its counters had not enough left: the figures. */
  shortfalls?: LimitShortfall[];
}

export interface LineResult {
  lineId: string;
  listAmount: Fen;
  /** Off by line price changes (flash price, percent off a line). */
  lineDiscount: Fen;
  /** Off by order reductions spread onto this line. */
  orderDiscount: Fen;
  /** lineDiscount + orderDiscount. */
  discount: Fen;
  /** Paid by tenders (vouchers, deposits) spread onto this line. */
  tendered: Fen;
  /** listAmount − discount − tendered. */
  payable: Fen;
}

export interface EvaluationResult {
  currency: 'CNY';
  /** Sum of unit price × quantity of every line. */
  listSubtotal: Fen;
  /** The subtotal after line price changes, before order reductions. */
  subtotalAfterLineChanges: Fen;
  /** Line and order reductions together. */
  discount: Fen;
  /** listSubtotal − discount: what the order costs before tenders. */
  subtotalAfterDiscount: Fen;
  /** Paid by vouchers, deposits and other tenders. */
  tendered: Fen;
  /** What remains to pay: listSubtotal − discount − tendered. */
  payable: Fen;
  lines: LineResult[];
  benefits: AppliedBenefit[];
  campaigns: CampaignOutcome[];
  /**
   * Every claim of every applied campaign, then nothing else: what a redemption holds, all or
   * none. Computed after pricing; empty when no applied campaign has limits or instruments.
   */
  claims: LimitClaim[];
}
