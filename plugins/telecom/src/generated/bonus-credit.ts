/* Generated from plugins/telecom/schemas/bonus-credit.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Bonus call credit for a recharge or a new SIM: a fixed amount, or a percentage of the recharge amount (rounded half-up to the fen).
 */
export interface BonusCreditParams {
  amount?: number;
  percent?: number;
}
