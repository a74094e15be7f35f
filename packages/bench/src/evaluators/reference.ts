import type { CampaignDocument, EvaluationContext } from '@campaign-studio/engine';
import { percentHalfUp, spreadLargestRemainder } from '../money.js';
import {
  byPriority,
  intersect,
  type Benefit,
  type CampaignPlan,
  type Filter,
  type Stage,
} from '../plan/campaign-plan.js';
import { readCampaign } from '../plan/read-campaign.js';
import type { Answer, Evaluator, EvaluatorKind } from './evaluator.js';

/** A filter turned into category indices, so an eligible subtotal is a few additions. */
interface FastFilter {
  categories?: Int32Array;
  member?: Uint8Array;
  excludeSpecialPrice: boolean;
}

interface FastAmount {
  filter: FastFilter;
  min: number;
  exclusive: boolean;
}

interface FastRule {
  id: string;
  tiers: (readonly string[])[];
  windows: (readonly (readonly [number, number])[])[];
  amounts: FastAmount[];
  /** The benefit's lines: what the conditions qualified, narrowed by the benefit's filter. */
  lines: FastFilter;
  benefit: Benefit;
}

interface FastCampaign {
  index: number;
  plan: CampaignPlan;
  selection: 'all' | 'best';
  byStage: Record<Stage, FastRule[]>;
}

/** The running amounts of one cart, with per-category subtotals kept up to date. */
interface Cart {
  list: number[];
  amount: number[];
  category: number[];
  special: boolean[];
  normalByCategory: Float64Array;
  specialByCategory: Float64Array;
  normal: number;
  specialTotal: number;
}

/**
 * The plain-JS reference: walks each cart once to build per-category subtotals, keeps them up
 * to date as reductions land, and answers every amount condition from them. Same semantics as
 * the engine (stages, priority then id, best-of for `best`, largest-remainder spread, half-up
 * rounding), without explanations.
 */
function prepare(documents: readonly CampaignDocument[]): Evaluator {
  const categoryIndex = new Map<string, number>();
  const indexOf = (category: string): number => {
    let index = categoryIndex.get(category);
    if (index === undefined) {
      index = categoryIndex.size;
      categoryIndex.set(category, index);
    }
    return index;
  };
  const fast = (filter: Filter): FastFilter => {
    if (!filter.categories) return { excludeSpecialPrice: filter.excludeSpecialPrice };
    const indices = Int32Array.from(filter.categories.map(indexOf));
    return { categories: indices, excludeSpecialPrice: filter.excludeSpecialPrice };
  };

  const plans = documents.map(readCampaign).sort(byPriority);
  const campaigns: FastCampaign[] = plans.map((plan, index) => {
    const byStage: Record<Stage, FastRule[]> = { line: [], order: [] };
    for (const rule of plan.rules) {
      byStage[rule.stage].push({
        id: rule.id,
        tiers: rule.tiers,
        windows: rule.windows,
        amounts: rule.amounts.map((a) => ({ ...a, filter: fast(a.filter) })),
        lines: fast(intersect(rule.matched, rule.benefit.filter)),
        benefit: rule.benefit,
      });
    }
    return { index, plan, selection: plan.selection, byStage };
  });
  // Membership masks are sized once every filter's categories are known.
  for (const campaign of campaigns) {
    for (const rule of [...campaign.byStage.line, ...campaign.byStage.order]) {
      if (rule.lines.categories)
        rule.lines.member = mask(rule.lines.categories, categoryIndex.size);
    }
  }

  return {
    evaluate(context: EvaluationContext): Answer {
      const cart = readCart(context, indexOf);
      const now = Date.parse(context.instant);
      const tier = context.customer.tier;
      const live = campaigns.filter((campaign) => inScope(campaign.plan, context, now));
      const applied = new Set<string>();
      for (const stage of ['line', 'order'] as const) {
        for (const campaign of live) {
          const rules = campaign.byStage[stage];
          if (rules.length === 0) continue;
          const gave =
            campaign.selection === 'best'
              ? applyBest(rules, cart, tier, now)
              : applyAll(rules, cart, tier, now);
          if (gave) applied.add(campaign.plan.id);
        }
      }
      let payable = 0;
      for (const amount of cart.amount) payable += amount;

      return { applied: [...applied].sort(), payable };
    },
  };
}

function mask(categories: Int32Array, size: number): Uint8Array {
  const member = new Uint8Array(size);
  for (const index of categories) member[index] = 1;

  return member;
}

function readCart(context: EvaluationContext, indexOf: (category: string) => number): Cart {
  const lines = context.lines;
  const cart: Cart = {
    list: new Array<number>(lines.length),
    amount: new Array<number>(lines.length),
    category: new Array<number>(lines.length),
    special: new Array<boolean>(lines.length),
    normalByCategory: new Float64Array(0),
    specialByCategory: new Float64Array(0),
    normal: 0,
    specialTotal: 0,
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as (typeof lines)[number];
    const list = line.unitPrice * line.quantity;
    cart.list[i] = list;
    cart.amount[i] = list;
    cart.category[i] = indexOf(line.category ?? '');
    cart.special[i] = line.specialPrice === true;
  }
  const size = Math.max(...cart.category, 0) + 1;
  cart.normalByCategory = new Float64Array(size);
  cart.specialByCategory = new Float64Array(size);
  for (let i = 0; i < lines.length; i += 1) add(cart, i, cart.list[i] as number);

  return cart;
}

/** Adds `delta` fen to line `i` and to the subtotals it belongs to. */
function add(cart: Cart, i: number, delta: number): void {
  const category = cart.category[i] as number;
  if (cart.special[i]) {
    cart.specialByCategory[category] = (cart.specialByCategory[category] ?? 0) + delta;
    cart.specialTotal += delta;
  } else {
    cart.normalByCategory[category] = (cart.normalByCategory[category] ?? 0) + delta;
    cart.normal += delta;
  }
}

function inScope(plan: CampaignPlan, context: EvaluationContext, now: number): boolean {
  if (plan.channels && !plan.channels.includes(context.channel ?? '')) return false;
  if (plan.branches && !plan.branches.includes(context.branchId ?? '')) return false;
  if (plan.window && !(now >= plan.window[0] && now < plan.window[1])) return false;

  return true;
}

function eligible(cart: Cart, filter: FastFilter): number {
  const withSpecial = !filter.excludeSpecialPrice;
  if (!filter.categories) return cart.normal + (withSpecial ? cart.specialTotal : 0);
  let sum = 0;
  for (const category of filter.categories) {
    sum += cart.normalByCategory[category] ?? 0;
    if (withSpecial) sum += cart.specialByCategory[category] ?? 0;
  }

  return sum;
}

function admits(cart: Cart, filter: FastFilter, i: number): boolean {
  if (filter.excludeSpecialPrice && cart.special[i]) return false;

  return !filter.member || filter.member[cart.category[i] as number] === 1;
}

function holds(rule: FastRule, cart: Cart, tier: string | undefined, now: number): boolean {
  for (const tiers of rule.tiers) if (tier === undefined || !tiers.includes(tier)) return false;
  for (const windows of rule.windows) {
    if (!windows.some(([start, end]) => now >= start && now < end)) return false;
  }
  for (const { filter, min, exclusive } of rule.amounts) {
    const amount = eligible(cart, filter);
    if (exclusive ? amount <= min : amount < min) return false;
  }

  return true;
}

/** What the rule's benefit would give now, after clamping; 0 means nothing. */
function valueOf(rule: FastRule, cart: Cart): number {
  const benefit = rule.benefit;
  if (benefit.kind === 'line-percent') {
    let total = 0;
    for (let i = 0; i < cart.amount.length; i += 1) {
      if (!admits(cart, rule.lines, i)) continue;
      total += Math.min(
        percentHalfUp(cart.list[i] as number, benefit.percentOff),
        cart.amount[i] as number,
      );
    }
    return total;
  }
  const base = eligible(cart, rule.lines);
  if (base <= 0) return 0;
  switch (benefit.kind) {
    case 'amount-off':
      return Math.min(benefit.amount, base);
    case 'every-full':
      return Math.min(
        Math.min(Math.floor(base / benefit.every), benefit.maxTimes) * benefit.amount,
        base,
      );
    case 'order-percent':
      return Math.min(percentHalfUp(base, benefit.percentOff), base);
  }
}

/** Applies the rule's benefit, worth `value` (from `valueOf` on this same state). */
function give(rule: FastRule, cart: Cart, value: number): void {
  const benefit = rule.benefit;
  if (benefit.kind === 'line-percent') {
    for (let i = 0; i < cart.amount.length; i += 1) {
      if (!admits(cart, rule.lines, i)) continue;
      const cut = Math.min(
        percentHalfUp(cart.list[i] as number, benefit.percentOff),
        cart.amount[i] as number,
      );
      cart.amount[i] = (cart.amount[i] as number) - cut;
      add(cart, i, -cut);
    }
    return;
  }
  const targets: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < cart.amount.length; i += 1) {
    if (!admits(cart, rule.lines, i)) continue;
    targets.push(i);
    weights.push(cart.amount[i] as number);
  }
  const shares = spreadLargestRemainder(value, weights);
  targets.forEach((i, k) => {
    const share = shares[k] as number;
    cart.amount[i] = (cart.amount[i] as number) - share;
    add(cart, i, -share);
  });
}

/** `all`: every rule that holds, one after another, each on what the previous left. */
function applyAll(rules: FastRule[], cart: Cart, tier: string | undefined, now: number): boolean {
  let gave = false;
  for (const rule of rules) {
    if (!holds(rule, cart, tier, now)) continue;
    const value = valueOf(rule, cart);
    if (value <= 0) continue;
    give(rule, cart, value);
    gave = true;
  }

  return gave;
}

/** `best`: the rule worth most applies; ties go to the smaller rule id. */
function applyBest(rules: FastRule[], cart: Cart, tier: string | undefined, now: number): boolean {
  let best: FastRule | undefined;
  let bestValue = 0;
  for (const rule of rules) {
    if (!holds(rule, cart, tier, now)) continue;
    const value = valueOf(rule, cart);
    if (value <= 0) continue;
    if (!best || value > bestValue || (value === bestValue && rule.id < best.id)) {
      best = rule;
      bestValue = value;
    }
  }
  if (!best) return false;
  give(best, cart, bestValue);

  return true;
}

export const reference: EvaluatorKind = { name: 'reference', prepare };
