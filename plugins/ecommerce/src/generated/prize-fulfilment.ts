/* Generated from plugins/ecommerce/schemas/prize-fulfilment.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * How each prize of a draw reaches the customer: goods ship after the order is completed, a red packet goes to the account balance, a voucher is issued.
 */
export interface PrizeFulfilmentParams {
  /**
   * @minItems 1
   */
  prizes: [FulfilledPrize, ...FulfilledPrize[]];
}
export interface FulfilledPrize {
  prize: string;
  kind: 'goods' | 'red-packet' | 'voucher';
  label: FulfilledPrizeLabel;
  value: number;
  voucherKind?: string;
  validityMonths?: number;
  exchangeHours?: number;
}
export interface FulfilledPrizeLabel {
  'zh-CN': string;
  en: string;
}
