/* Generated from plugins/core/schemas/order-amount.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The eligible running amount reaches a threshold.
 */
export interface OrderAmountParams {
  min: number;
  exclusive?: boolean;
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
