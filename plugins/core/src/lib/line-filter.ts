import type { LineView } from '@campaign-studio/sdk';
import type { LineFilter } from '../generated/order-amount.js';

export type { LineFilter };

/** The lines a filter admits, in order. Absent fields do not restrict. */
export function filterLines(
  lines: readonly LineView[],
  filter: LineFilter | undefined,
): LineView[] {
  if (!filter) return [...lines];
  const { categories, excludeCategories, brands, skus, excludeSpecialPrice } = filter;

  return lines.filter(({ line }) => {
    if (excludeSpecialPrice && line.specialPrice) return false;
    if (categories && !categories.includes(line.category ?? '')) return false;
    if (excludeCategories?.includes(line.category ?? '')) return false;
    if (brands && !brands.includes(line.brand ?? '')) return false;
    if (skus && !skus.includes(line.sku)) return false;
    return true;
  });
}

/** Lines both admitted by the filter and among the rule's qualified lines. */
export function eligibleLines(
  lines: readonly LineView[],
  ruleLineIds: readonly string[],
  filter: LineFilter | undefined,
): LineView[] {
  const allowed = new Set(ruleLineIds);

  return filterLines(lines, filter).filter(({ line }) => allowed.has(line.id));
}

export function idsOf(lines: readonly LineView[]): string[] {
  return lines.map(({ line }) => line.id);
}

export function amountOf(lines: readonly LineView[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}
