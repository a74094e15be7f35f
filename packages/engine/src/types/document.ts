/**
 * The campaign document: the JSON a marketer builds, the engine validates and compiles, and the
 * server stores. `schemas/campaign.schema.json` is its schema; these types mirror it.
 */

/** Text shown to people, in every language the shell offers. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** A use of a block inside a campaign: which block, with which parameters. */
export interface BlockUse {
  /** Namespaced block id, `<plugin>.<name>`, e.g. `core.order-amount`. */
  block: string;
  params: Record<string, unknown>;
}

/** A condition tree: groups of `all`, `any` and `not`, whose leaves are condition blocks. */
export type ConditionNode = BlockUse | AllGroup | AnyGroup | NotGroup;

export interface AllGroup {
  all: ConditionNode[];
}

export interface AnyGroup {
  any: ConditionNode[];
}

export interface NotGroup {
  not: ConditionNode;
}

/** One rule: when the condition tree holds, the benefits apply. */
export interface Rule {
  id: string;
  name?: LocalizedText;
  /** Absent means "always". */
  when?: ConditionNode;
  then: BlockUse[];
}

/**
 * A window of local time in the campaign's zone. Either `start`/`end` as local date-times
 * (`[start, end)`, e.g. `2026-11-11T10:00`) or `firstDay`/`lastDay` as an inclusive range of
 * days (`2026-10-01`–`2026-10-06` covers all of 6 October).
 */
export type TimeWindow = LocalTimeWindow | DayRange;

export interface LocalTimeWindow {
  start: string;
  end: string;
}

export interface DayRange {
  firstDay: string;
  lastDay: string;
}

/** A named stage of a campaign's calendar with rules of its own (E6). */
export interface Phase {
  id: string;
  name?: LocalizedText;
  window: TimeWindow;
  rules: Rule[];
}

/**
 * How a campaign's rules combine: `all` applies every rule that holds; `best` applies only the
 * rule worth most to the customer (tier ladders, one coupon per order).
 */
export type RuleSelection = 'all' | 'best';

export interface Stacking {
  /** Lower runs first within a stage. Default 100. */
  priority?: number;
  /**
   * Campaigns sharing a group exclude each other: only the one worth most to the customer
   * applies, ties going to the soonest expiry and then the id.
   */
  exclusiveGroup?: string;
}

/** Which contexts a campaign considers at all. Absent fields do not restrict. */
export interface Scope {
  channels?: string[];
  branches?: string[];
}

export interface CampaignDocument {
  id: string;
  version: number;
  name: LocalizedText;
  description?: LocalizedText;
  plugin?: string;
  template?: { id: string; version: number };
  branchId?: string;
  /** IANA zone of the campaign's local time. Default `Asia/Shanghai`. */
  timezone?: string;
  scope?: Scope;
  /** Either one window with `rules`, or `phases`, each with its own rules. */
  window?: TimeWindow;
  rules?: Rule[];
  phases?: Phase[];
  ruleSelection?: RuleSelection;
  stacking?: Stacking;
  /**
   * Limit blocks: budgets, stock, uses per customer. They say what an applied campaign takes
   * from the ledger's counters; they never change pricing.
   */
  limits?: BlockUse[];
}

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';
export const DEFAULT_PRIORITY = 100;
