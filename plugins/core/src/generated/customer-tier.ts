/* Generated from plugins/core/schemas/customer-tier.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The customer's tier is one of the listed ones.
 */
export interface CustomerTierParams {
  /**
   * @minItems 1
   */
  tiers: [string, ...string[]];
}
