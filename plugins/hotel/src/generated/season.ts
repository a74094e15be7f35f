/* Generated from plugins/hotel/schemas/season.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The day of the stay, banquet or conference (event.date, else the local date of the evaluation) falls in one of the months.
 */
export interface SeasonParams {
  /**
   * @minItems 1
   */
  months: [number, ...number[]];
}
