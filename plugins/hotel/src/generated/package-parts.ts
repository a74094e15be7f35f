/* Generated from plugins/hotel/schemas/package-parts.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The order holds every part of a package, each at least its quantity; the rule's benefits then work on those lines.
 */
export interface PackagePartsParams {
  /**
   * @minItems 1
   */
  parts: [PackagePart, ...PackagePart[]];
}
export interface PackagePart {
  category: string;
  minQuantity: number;
}
