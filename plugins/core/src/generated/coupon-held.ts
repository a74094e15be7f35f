/* Generated from plugins/core/schemas/coupon-held.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The customer holds an unused, unexpired coupon of this kind; the rule consumes it.
 */
export interface CouponHeldParams {
  coupon: string;
}
