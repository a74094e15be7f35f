/* Generated from plugins/hotel/schemas/agreement-price.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Agreement customers pay the agreement price per room night instead of the rack rate. A charge-to-account agreement also needs credit left (event.creditLeft) for the whole stay at that price.
 */
export interface AgreementPriceParams {
  /**
   * @minItems 1
   */
  agreements: ['cash' | 'charge', ...('cash' | 'charge')[]];
  /**
   * @minItems 1
   */
  prices: [AgreementRoomPrice, ...AgreementRoomPrice[]];
  category?: string;
}
export interface AgreementRoomPrice {
  roomType: string;
  price: number;
}
