/* Generated from plugins/core/schemas/item-stock.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Stock of listed items sold at the campaign's price, in all or per local day: the units of the order's lines that the campaign priced, at most maxUnits per order.
 */
export interface ItemStockParams {
  /**
   * @minItems 1
   * @maxItems 500
   */
  items: [StockItem, ...StockItem[]];
  perDay?: boolean;
}
export interface StockItem {
  sku: string;
  stock: number;
  maxUnits?: number;
}
