/* Generated from plugins/core/schemas/use-vouchers.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Held vouchers pay part of the order: up to an allowance per full amount of the eligible amount, each used whole, the largest total first.
 */
export interface UseVouchersParams {
  /**
   * @minItems 1
   */
  kinds: [string, ...string[]];
  per: number;
  allowance: number;
  validityMonths?: number;
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
