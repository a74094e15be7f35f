/* Generated from plugins/core/schemas/tier-by-spend.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The tier the customer's rolling spend earns now (not the stored tier) is one of the accepted tiers.
 */
export interface TierBySpendParams {
  fact?: string;
  /**
   * @minItems 1
   */
  ladder: [SpendTier, ...SpendTier[]];
  otherwise: string;
  /**
   * @minItems 1
   */
  accept: [string, ...string[]];
}
export interface SpendTier {
  tier: string;
  min: number;
}
