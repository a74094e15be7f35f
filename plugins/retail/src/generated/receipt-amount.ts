/* Generated from plugins/retail/schemas/receipt-amount.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The running amount of the eligible lines of the receipt, add-on purchases left out, reaches a threshold.
 */
export interface ReceiptAmountParams {
  min: number;
  exclusive?: boolean;
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
