/* Generated from plugins/retail/schemas/trade-subsidy.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A trade subsidy for a dealer (V3): its cost counts against the budget; a shared cost is split between the store and the dealer.
 */
export interface TradeSubsidyParams {
  subsidy: 'display-allowance' | 'co-op-advertising' | 'shelf-display' | 'demo-staff';
  name: SubsidyName;
  amount: number;
  storePercent?: number;
  claimFact?: string;
}
export interface SubsidyName {
  'zh-CN': string;
  en: string;
}
