/* Generated from plugins/telecom/schemas/channel-subsidy.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The activation subsidy the sales channel earns for a new subscriber.
 */
export interface ChannelSubsidyParams {
  amount: number;
}
