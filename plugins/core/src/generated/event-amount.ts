/* Generated from plugins/core/schemas/event-amount.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A money fact of the event (a recharge, a deposit, assets under management), in fen, reaches a threshold (inclusive) and stays below an optional ceiling.
 */
export interface EventAmountParams {
  fact?: string;
  min: number;
  below?: number;
}
