/* Generated from plugins/core/schemas/reward-stock.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Holds the stock that the campaign's rewards declare: a perk's stock, or flash-sale units per item and session. Optionally caps the units one customer takes per item and session.
 */
export interface RewardStockParams {
  perDay?: boolean;
  perCustomer?: number;
  guests?: 'allow' | 'refuse';
}
