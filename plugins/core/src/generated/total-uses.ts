/* Generated from plugins/core/schemas/total-uses.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * How many orders the campaign may apply to in all, whatever coupon code each uses.
 */
export interface TotalUsesParams {
  uses: number;
}
