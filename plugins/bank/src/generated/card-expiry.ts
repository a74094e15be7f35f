/* Generated from plugins/bank/schemas/card-expiry.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A VIP card valid through event.card.expiresOn: a notice noticeDays before (once: event.card.noticeSent), and the card expired from the day after.
 */
export interface CardExpiryParams {
  noticeDays?: number;
}
