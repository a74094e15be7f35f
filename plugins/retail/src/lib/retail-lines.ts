import type { LineView } from '@campaign-studio/sdk';
import type { RetailLineFilter } from '../generated/receipt-amount.js';
import { ATTRIBUTES, isAddOn, textAttribute } from './attributes.js';

export type { RetailLineFilter };

/**
 * The lines a retail filter admits, in order. Add-on purchase lines are never admitted: what a
 * customer pays for an add-on counts toward no threshold (R11). Absent fields do not restrict.
 */
export function retailLines(
  lines: readonly LineView[],
  filter: RetailLineFilter | undefined,
): LineView[] {
  return lines.filter(({ line }) => !isAddOn(line) && admits(filter ?? {}, line));
}

/** Lines the filter admits that are also among the rule's qualified lines. */
export function eligibleRetailLines(
  lines: readonly LineView[],
  ruleLineIds: readonly string[],
  filter: RetailLineFilter | undefined,
): LineView[] {
  const allowed = new Set(ruleLineIds);

  return retailLines(lines, filter).filter(({ line }) => allowed.has(line.id));
}

function admits(filter: RetailLineFilter, line: LineView['line']): boolean {
  const brandClass = textAttribute(line, ATTRIBUTES.brandClass) ?? '';
  const productClass = textAttribute(line, ATTRIBUTES.productClass) ?? '';
  const within = (list: readonly string[] | undefined, value: string) =>
    list === undefined || list.includes(value);
  const outside = (list: readonly string[] | undefined, value: string) => !list?.includes(value);

  return (
    !(filter.excludeSpecialPrice && line.specialPrice) &&
    within(filter.categories, line.category ?? '') &&
    outside(filter.excludeCategories, line.category ?? '') &&
    within(filter.brands, line.brand ?? '') &&
    outside(filter.excludeBrands, line.brand ?? '') &&
    within(filter.brandClasses, brandClass) &&
    outside(filter.excludeBrandClasses, brandClass) &&
    within(filter.productClasses, productClass) &&
    within(filter.skus, line.sku) &&
    outside(filter.excludeSkus, line.sku)
  );
}

/**
 * The amount of each unit of a line: the line's running amount (or its amount after line
 * price changes) shared over its units, the odd fen going to the first units, so that the
 * units add up to the line.
 */
export function unitAmounts(
  line: LineView,
  basis: 'running' | 'after-line-changes' = 'running',
): number[] {
  const { quantity } = line.line;
  const amount = basis === 'running' ? line.amount : line.afterLineChanges;
  const base = Math.floor(amount / quantity);
  const extra = amount - base * quantity;

  return Array.from({ length: quantity }, (_, unit) => base + (unit < extra ? 1 : 0));
}
