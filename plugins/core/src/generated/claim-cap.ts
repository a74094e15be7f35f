/* Generated from plugins/core/schemas/claim-cap.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * At claim time: how many coupons of one kind a customer may claim, counted by the ledger. Reads the coupon kind that the campaign's claim rewards name.
 */
export interface ClaimCapParams {
  maxPerCustomer: number;
  guests?: 'allow' | 'refuse';
}
