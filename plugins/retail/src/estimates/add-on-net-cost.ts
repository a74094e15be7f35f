/** An add-on offer as the R11 template describes it. */
export interface AddOnOffer {
  addOn: string;
  /** Items in one set, e.g. 2 lollipops. */
  items: number;
  /** What one item costs the store, fen. */
  costEach: number;
  /** What the customer pays for one set, fen. */
  pay: number;
  /** Sets in stock. */
  sets: number;
}

/**
 * What the add-ons cost the store if every set is taken: goods cost less what customers pay.
 * R11: 200 × 2 × 2 + 40 × 2 × 25 − 200 × 1 − 40 × 11 = 800 + 2,000 − 200 − 440 = 2,160.00.
 */
export function addOnNetCost(offers: readonly AddOnOffer[]): number {
  return offers.reduce(
    (sum, offer) => sum + offer.sets * (offer.items * offer.costEach - offer.pay),
    0,
  );
}
