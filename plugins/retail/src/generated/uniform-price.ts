/* Generated from plugins/retail/schemas/uniform-price.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Every unit of the eligible lines sells at one price (一口价), never above its own price.
 */
export interface UniformPriceParams {
  price: number;
  lines: RetailLineFilter;
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
