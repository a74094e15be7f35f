/* Generated from plugins/core/schemas/budget.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A campaign budget in fen, optionally split into shares by customer tier; each share is its own counter and never borrows from another.
 */
export interface BudgetParams {
  total: number;
  /**
   * @minItems 1
   * @maxItems 20
   */
  shares?:
    | [BudgetShareParam]
    | [BudgetShareParam, BudgetShareParam]
    | [BudgetShareParam, BudgetShareParam, BudgetShareParam]
    | [BudgetShareParam, BudgetShareParam, BudgetShareParam, BudgetShareParam]
    | [BudgetShareParam, BudgetShareParam, BudgetShareParam, BudgetShareParam, BudgetShareParam]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ]
    | [
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam,
        BudgetShareParam
      ];
  otherwise?: string;
}
export interface BudgetShareParam {
  tier: string;
  weight: number;
}
