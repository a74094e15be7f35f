/* Generated from plugins/core/schemas/event-type.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The context's event is one of these types (an order when none is given).
 */
export interface EventTypeParams {
  /**
   * @minItems 1
   */
  types: [string, ...string[]];
}
