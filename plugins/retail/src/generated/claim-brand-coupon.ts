/* Generated from plugins/retail/schemas/claim-brand-coupon.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A coupon.claim event takes one of these coupon kinds, at most a number per customer and kind; the server supplies how many the customer claimed before as event.claimedBefore.
 */
export interface ClaimBrandCouponParams {
  /**
   * @minItems 1
   */
  coupons: [string, ...string[]];
  maxPerCustomer: number;
}
