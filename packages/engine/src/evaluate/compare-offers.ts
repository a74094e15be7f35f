/** An offer competing with others where only one may apply. */
export interface Offer {
  value: number;
  expiresAtMs?: number | undefined;
  id: string;
}

/**
 * Best for the customer first: the larger value wins, then the sooner expiry (an offer that
 * never expires counts as latest), then the smaller id. Sorting with this puts the winner first.
 */
export function compareOffers(a: Offer, b: Offer): number {
  if (a.value !== b.value) return b.value - a.value;
  const expiryA = a.expiresAtMs ?? Number.POSITIVE_INFINITY;
  const expiryB = b.expiresAtMs ?? Number.POSITIVE_INFINITY;
  if (expiryA !== expiryB) return expiryA < expiryB ? -1 : 1;

  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
