/* Generated from plugins/retail/schemas/spend-ladder.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A membership card by the customer’s single-day spend: what was paid earlier that local day plus this receipt; only a level higher than the one already reached is granted.
 */
export interface SpendLadderParams {
  /**
   * @minItems 1
   */
  levels: [CardLevel, ...CardLevel[]];
}
export interface CardLevel {
  level: string;
  min: number;
  name: ShownText;
}
export interface ShownText {
  'zh-CN': string;
  en: string;
}
