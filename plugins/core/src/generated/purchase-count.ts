/* Generated from plugins/core/schemas/purchase-count.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The customer's number of completed purchases before this one is within a range.
 */
export interface PurchaseCountParams {
  min: number;
  max?: number;
}
