/* Generated from plugins/core/schemas/event-fact.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A fact of the context's event (a count, a flag, a code) meets a test: at least min, at most max, equal to a value, or one of several.
 */
export interface EventFactParams {
  fact: string;
  min?: number;
  max?: number;
  equals?: string | number | boolean;
  /**
   * @minItems 1
   */
  oneOf?: [string | number, ...(string | number)[]];
}
