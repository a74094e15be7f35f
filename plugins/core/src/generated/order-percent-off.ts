/* Generated from plugins/core/schemas/order-percent-off.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A percentage off the eligible running amount, rounded half-up once, then spread.
 */
export interface OrderPercentOffParams {
  percentOff: number;
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
