/* Generated from plugins/retail/schemas/scratch-card.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Scratch cards (刮刮卡) per receipt; each card draws evenly from the prizes still left in the pool.
 */
export interface ScratchCardParams {
  cards: number;
  /**
   * @minItems 1
   */
  prizes: [Prize, ...Prize[]];
}
export interface Prize {
  prize: string;
  name: ShownText;
  quantity: number;
  value: number;
}
export interface ShownText {
  'zh-CN': string;
  en: string;
}
