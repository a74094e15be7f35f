/* Generated from plugins/retail/schemas/special-prices.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Named models sell at a special price each (爆款, 秒杀); units beyond the per-receipt limit pay the list price.
 */
export interface SpecialPricesParams {
  /**
   * @minItems 1
   */
  items: [PricedItem, ...PricedItem[]];
  excludeSkus?: string[];
}
export interface PricedItem {
  sku: string;
  price: number;
  maxUnits?: number;
  dailyStock?: number;
}
