/* Generated from plugins/ecommerce/schemas/presale-deposit.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Presale deposits of a kind, held as vouchers and named by the order line they are for (line attribute presaleDeposit).
 */
export interface PresaleDepositParams {
  kind: string;
}
