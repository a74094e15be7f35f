/* Generated from plugins/ecommerce/schemas/flash-sale.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Hourly sessions [h:00, h+1:00), each with its items at a flash price and a stock; a customer gets the flash price on a limited number of units per item per session.
 */
export interface FlashSaleParams {
  /**
   * @minItems 1
   */
  sessions: [FlashSession, ...FlashSession[]];
  perCustomer: number;
}
export interface FlashSession {
  hour: number;
  /**
   * @minItems 1
   */
  items: [FlashItem, ...FlashItem[]];
}
export interface FlashItem {
  sku: string;
  price: number;
  stock: number;
}
