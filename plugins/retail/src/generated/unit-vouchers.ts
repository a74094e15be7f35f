/* Generated from plugins/retail/schemas/unit-vouchers.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Every full amount of a single unit’s price (after line price changes) returns a voucher (满千返百), without cap.
 */
export interface UnitVouchersParams {
  per: number;
  voucher: number;
  kind: string;
  lines?: RetailLineFilter;
}
/**
 * Which order lines count; add-on purchase lines never do. Absent fields do not restrict.
 */
export interface RetailLineFilter {
  categories?: string[];
  excludeCategories?: string[];
  brands?: string[];
  excludeBrands?: string[];
  brandClasses?: ('A' | 'B' | 'C')[];
  excludeBrandClasses?: ('A' | 'B' | 'C')[];
  productClasses?: ('image' | 'main' | 'promotion')[];
  skus?: string[];
  excludeSkus?: string[];
  excludeSpecialPrice?: boolean;
}
