/* Generated from plugins/core/schemas/amount-off.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A fixed order reduction, spread over the eligible lines.
 */
export interface AmountOffParams {
  amount: number;
}
