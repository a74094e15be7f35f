/* Generated from plugins/ecommerce/schemas/lucky-draw.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Grants one draw; the prize table travels in the reward so that the draw (drawPrize) uses the campaign's chances.
 */
export interface LuckyDrawParams {
  /**
   * @minItems 1
   */
  prizes: [LimitedPrize, ...LimitedPrize[]];
  fallback: FallbackPrize;
}
export interface LimitedPrize {
  prize: string;
  label: PrizeLabel;
  quantity: number;
  chancePpm: number;
}
export interface PrizeLabel {
  'zh-CN': string;
  en: string;
}
export interface FallbackPrize {
  prize: string;
  label: FallbackLabel;
  usableFrom?: string;
  usableUntil?: string;
}
export interface FallbackLabel {
  'zh-CN': string;
  en: string;
}
