import type { OrderLine } from '@campaign-studio/sdk';

/**
 * The trade facts retail blocks read from `OrderLine.attributes`. Category, brand and the
 * special-price flag are plain line fields; these are the rest.
 */
export const ATTRIBUTES = {
  /** Brand class `A`, `B` or `C`: A-brands stay out of store-wide discounts (R17). */
  brandClass: 'brandClass',
  /** Product class `image`, `main` or `promotion`: only promotion items take multi-buys (R14). */
  productClass: 'productClass',
  /** Set on a line the customer takes as an add-on purchase (R11): the add-on's id. */
  addOn: 'addOn',
  /** Empty bottles handed in against this line's product (R13 trade-in). */
  emptyBottles: 'emptyBottles',
} as const;

/** A string attribute of the line, or `undefined` when absent or not a string. */
export function textAttribute(line: OrderLine, name: string): string | undefined {
  const value = line.attributes?.[name];

  return typeof value === 'string' ? value : undefined;
}

/** A whole, non-negative number attribute of the line; 0 when absent or not a number. */
export function countAttribute(line: OrderLine, name: string): number {
  const value = line.attributes?.[name];

  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

/** Whether the customer took this line as an add-on purchase. */
export function isAddOn(line: OrderLine): boolean {
  return textAttribute(line, ATTRIBUTES.addOn) !== undefined;
}
