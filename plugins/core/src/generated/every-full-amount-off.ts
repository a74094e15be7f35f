/* Generated from plugins/core/schemas/every-full-amount-off.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * An order reduction for every full amount of the eligible running amount (每满减).
 */
export interface EveryFullAmountOffParams {
  every: number;
  amount: number;
  maxTimes?: number;
  lines?: LineFilter;
}
/**
 * Which order lines count. Absent fields do not restrict.
 */
export interface LineFilter {
  categories?: string[];
  excludeCategories?: string[];
  brands?: string[];
  skus?: string[];
  excludeSpecialPrice?: boolean;
}
