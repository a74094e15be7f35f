import type { EvaluationView, LineView, OrderLine } from '@campaign-studio/sdk';
import type { LineFilter } from '../generated/order-amount.js';

/** A line filter made ready at compile time: its key for `view.lineSet`, and its test. */
export interface CompiledFilter {
  key: string;
  admits: (line: OrderLine) => boolean;
}

/** Lines with their running amount, as a block reads them. */
export interface EligibleLines {
  readonly lines: readonly LineView[];
  readonly ids: readonly string[];
  readonly amount: number;
}

/**
 * Filters compiled so far, by key: campaigns with the same filter share one compiled filter,
 * so the engine's look-up by key meets the very same string (no compare of its characters).
 * Emptied when full; a filter compiled again is equal, only no longer shared.
 */
const compiledFilters = new Map<string, CompiledFilter>();
const KEPT_FILTERS = 4096;

/**
 * Compiles a filter once. Campaigns with the same filter share its key, so the engine finds
 * the lines once per evaluation and keeps their running amount for all of them.
 */
export function compileFilter(filter: LineFilter | undefined): CompiledFilter {
  const key = `core.lines:${JSON.stringify(filter ?? {})}`;
  const known = compiledFilters.get(key);
  if (known) return known;
  if (compiledFilters.size >= KEPT_FILTERS) compiledFilters.clear();
  const compiled = filterFor(key, filter);
  compiledFilters.set(key, compiled);

  return compiled;
}

function filterFor(key: string, filter: LineFilter | undefined): CompiledFilter {
  if (!filter) return { key, admits: () => true };
  const { categories, excludeCategories, brands, skus, excludeSpecialPrice } = filter;

  return {
    key,
    admits: (line) => {
      if (excludeSpecialPrice && line.specialPrice) return false;
      if (categories && !categories.includes(line.category ?? '')) return false;
      if (excludeCategories?.includes(line.category ?? '')) return false;
      if (brands && !brands.includes(line.brand ?? '')) return false;
      if (skus && !skus.includes(line.sku)) return false;
      return true;
    },
  };
}

/** The lines the filter admits, with their running amount: one look once the set is known. */
export function filteredLines(view: EvaluationView, filter: CompiledFilter): EligibleLines {
  return view.lineSet(filter.key, filter.admits);
}

/**
 * The filter's lines among the rule's qualified ones, in line order. When the rule's
 * conditions did not narrow the lines, or narrowed them by this same filter, that is the
 * filter's set itself, running amount included; otherwise the two are intersected.
 */
export function eligibleLinesOf(
  view: EvaluationView,
  ruleLineIds: readonly string[],
  filter: CompiledFilter,
): EligibleLines {
  const set = view.lineSet(filter.key, filter.admits);
  if (ruleLineIds === view.allLineIds || ruleLineIds === set.ids) return set;

  const qualified = new Uint8Array(view.lines.length);
  for (const id of ruleLineIds) {
    const line = view.line(id);
    if (line) qualified[line.index] = 1;
  }
  const lines = set.lines.filter((line) => qualified[line.index] === 1);
  let amount = 0;
  for (const line of lines) amount += line.amount;

  return { lines, ids: lines.map((line) => line.line.id), amount };
}
