/* Generated from plugins/retail/schemas/perk.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * An entitlement with stock (a free drink, a playground visit); the ledger holds the stock at redemption.
 */
export interface PerkParams {
  perk: string;
  name: ShownText;
  stock: number;
  value?: number;
}
export interface ShownText {
  'zh-CN': string;
  en: string;
}
