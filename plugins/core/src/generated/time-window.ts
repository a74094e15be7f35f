/* Generated from plugins/core/schemas/time-window.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The instant falls in one of these local windows, [start, end).
 */
export interface TimeWindowParams {
  /**
   * @minItems 1
   */
  windows: [LocalWindow, ...LocalWindow[]];
}
export interface LocalWindow {
  start: string;
  end: string;
}
