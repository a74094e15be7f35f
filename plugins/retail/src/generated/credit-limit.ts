/* Generated from plugins/retail/schemas/credit-limit.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A credit sale is allowed only while outstanding credit plus this order stays within one regular order's amount (V5).
 */
export interface CreditLimitParams {
  outstandingFact?: string;
  limitFact?: string;
}
