/* Generated from plugins/hotel/schemas/attendee-days.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A conference package of at least min attendee-days (attendees × days: the quantity of the package lines); the rule's benefits work on those lines.
 */
export interface AttendeeDaysParams {
  min: number;
  category?: string;
}
