/* Generated from plugins/ecommerce/schemas/free-order-moment.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * An order paid inside one of the day's free-order seconds, whose moment has no winner yet, gets its paid amount back up to a cap.
 */
export interface FreeOrderMomentParams {
  day: string;
  first: string;
  everyMinutes: number;
  count: number;
  cap: number;
}
