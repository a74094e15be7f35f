/* Generated from plugins/ecommerce/schemas/claim-coupon.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A coupon claim event may take one of these coupon kinds in this phase.
 */
export interface ClaimCouponParams {
  /**
   * @minItems 1
   */
  coupons: [string, ...string[]];
}
