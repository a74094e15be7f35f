/* Generated from plugins/retail/schemas/empty-bottles.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Empty-bottle trade-in: each bottle returned is worth a fixed amount off, at most one bottle per unit bought.
 */
export interface EmptyBottlesParams {
  value: number;
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
