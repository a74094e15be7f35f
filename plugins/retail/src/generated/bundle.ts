/* Generated from plugins/retail/schemas/bundle.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The receipt holds one line for every slot of a bundle (套购), each slot taken by a different line.
 */
export interface BundleParams {
  /**
   * @minItems 2
   */
  slots: [BundleSlot, BundleSlot, ...BundleSlot[]];
  lines?: RetailLineFilter;
}
export interface BundleSlot {
  name: ShownText;
  categories?: string[];
  skus?: string[];
}
export interface ShownText {
  'zh-CN': string;
  en: string;
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
