/* Generated from plugins/ecommerce/schemas/golden-eggs.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Eggs by tiers of the customer's cumulative paid amount on the local day, capped per day.
 */
export interface GoldenEggsParams {
  /**
   * @minItems 1
   */
  tiers: [EggTier, ...EggTier[]];
  maxPerDay: number;
}
export interface EggTier {
  min: number;
  eggs: number;
}
