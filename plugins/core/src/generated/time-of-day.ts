/* Generated from plugins/core/schemas/time-of-day.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The local time of day is inside one of the daily windows [from, until); until 24:00 means midnight, and an until before from runs past midnight.
 */
export interface TimeOfDayParams {
  /**
   * @minItems 1
   */
  windows: [DailyWindow, ...DailyWindow[]];
}
export interface DailyWindow {
  from: string;
  until: string;
}
