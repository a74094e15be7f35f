/* Generated from plugins/core/schemas/per-customer.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * How many times one customer may use the campaign, in all and/or per local day of the campaign's zone. A guest is identified by phone; a guest with nothing to identify them is refused or let through uncounted. With neither cap, it only refuses guests.
 */
export interface PerCustomerParams {
  total?: number;
  perDay?: number;
  guests?: 'allow' | 'refuse';
}
