/* Generated from plugins/core/schemas/customer-tag.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The customer carries at least one of the listed tags (a card level, a segment, a flag).
 */
export interface CustomerTagParams {
  /**
   * @minItems 1
   */
  tags: [string, ...string[]];
}
