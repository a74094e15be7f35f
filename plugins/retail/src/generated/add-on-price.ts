/* Generated from plugins/retail/schemas/add-on-price.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Add-on purchase (加价购): lines taken as this add-on sell at the add-on price, up to a number of sets per receipt. Send add-on lines at their shelf price with attributes.addOn.
 */
export interface AddOnPriceParams {
  addOn: string;
  pay: number;
  perReceipt?: number;
}
