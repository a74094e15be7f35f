/* Generated from plugins/ecommerce/schemas/deposit-bonus.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Each deposit counts as more than was paid: the difference comes off the order, before coupons.
 */
export interface DepositBonusParams {
  kind: string;
  countsAs: number;
}
