/* Generated from plugins/core/schemas/paid-amount.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * What the customer pays for this order, after every reduction and tender applied so far, reaches a threshold.
 */
export interface PaidAmountParams {
  min: number;
}
