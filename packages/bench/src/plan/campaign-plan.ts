/**
 * The workload's campaigns read into plain facts, for the two comparison evaluators. Only the
 * blocks the workload uses are understood; anything else is refused by name, so a workload
 * change cannot silently make the comparison evaluators ignore a rule.
 */

/** Which lines count: some categories (all when absent), special-price lines or not. */
export interface Filter {
  categories?: readonly string[];
  excludeSpecialPrice: boolean;
}

export interface AmountCondition {
  filter: Filter;
  min: number;
  exclusive: boolean;
}

/** `[startMs, endMs)` */
export type Span = readonly [number, number];

export type Benefit =
  | { kind: 'amount-off'; amount: number; filter?: Filter }
  | { kind: 'every-full'; every: number; amount: number; maxTimes: number; filter?: Filter }
  | { kind: 'order-percent'; percentOff: number; filter?: Filter }
  | { kind: 'line-percent'; percentOff: number; filter?: Filter };

export type Stage = 'line' | 'order';

export interface RulePlan {
  id: string;
  stage: Stage;
  /** Every one must hold (the workload's condition trees are `all` groups of leaves). */
  tiers: (readonly string[])[];
  windows: (readonly Span[])[];
  amounts: AmountCondition[];
  /** The lines the rule's amount conditions qualified: all lines when there are none. */
  matched: Filter;
  benefit: Benefit;
}

export interface CampaignPlan {
  id: string;
  priority: number;
  selection: 'all' | 'best';
  channels?: readonly string[];
  branches?: readonly string[];
  window?: Span;
  rules: RulePlan[];
}

export const ALL_LINES: Filter = { excludeSpecialPrice: false };

/** Lines both filters admit. */
export function intersect(a: Filter, b: Filter | undefined): Filter {
  if (!b) return a;
  const excludeSpecialPrice = a.excludeSpecialPrice || b.excludeSpecialPrice;
  if (!a.categories)
    return b.categories
      ? { categories: b.categories, excludeSpecialPrice }
      : { excludeSpecialPrice };
  if (!b.categories) return { categories: a.categories, excludeSpecialPrice };
  const keep = new Set(b.categories);

  return { categories: a.categories.filter((c) => keep.has(c)), excludeSpecialPrice };
}

/** Campaigns in the order the engine runs them within a stage: priority, then id. */
export function byPriority(a: CampaignPlan, b: CampaignPlan): number {
  return a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
