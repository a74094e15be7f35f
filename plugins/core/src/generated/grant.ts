/* Generated from plugins/core/schemas/grant.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Grants something that is not money off: a gift, a right to claim, points, a card.
 */
export interface GrantParams {
  item: string;
  quantity: number;
  value?: number;
  label: GrantLabel;
}
export interface GrantLabel {
  'zh-CN': string;
  en: string;
}
