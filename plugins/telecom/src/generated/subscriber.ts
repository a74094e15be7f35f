/* Generated from plugins/telecom/schemas/subscriber.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Facts of the subscriber the event carries: new or existing, tenure in months, average monthly spend (fen), price sensitivity. Absent params do not restrict.
 */
export interface SubscriberParams {
  newUser?: boolean;
  minTenureMonths?: number;
  minMonthlySpend?: number;
  priceSensitive?: boolean;
}
