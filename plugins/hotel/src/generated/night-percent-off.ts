/* Generated from plugins/hotel/schemas/night-percent-off.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A percentage off each room night whose date falls on one of the weekdays, on the rack rate of the line, rounded half-up per line.
 */
export interface NightPercentOffParams {
  /**
   * @minItems 1
   */
  weekdays: [number, ...number[]];
  percentOff: number;
  category?: string;
}
