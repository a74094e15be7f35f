/* Generated from plugins/bank/schemas/bonus-rate.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A bonus interest rate in basis points (20 = 0.2 percentage points) on a wealth product for the deposit (event.amount over event.termMonths); its value is the extra interest, rounded half-up to the fen.
 */
export interface BonusRateParams {
  basisPoints: number;
  product: string;
}
