/* Generated from plugins/hotel/schemas/free-cheapest-table.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * A banquet of at least minTables tables gets its cheapest tables free.
 */
export interface FreeCheapestTableParams {
  minTables: number;
  freeTables?: number;
  category?: string;
}
