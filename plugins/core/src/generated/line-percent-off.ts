/* Generated from plugins/core/schemas/line-percent-off.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A percentage off each eligible line (unit price × quantity), rounded half-up per line.
 */
export interface LinePercentOffParams {
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
