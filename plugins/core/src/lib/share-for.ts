/**
 * V1: the budget share a redemption is charged to: the customer's own tier's share, or the
 * `otherwise` share (ordinary by default) when the customer has no tier or a tier without a
 * share of its own. Works on weights and on split caps alike.
 */
export function shareFor<S extends { tier: string }>(
  tier: string | undefined,
  shares: readonly S[],
  otherwise = 'ordinary',
): S | undefined {
  const own = tier === undefined ? undefined : shares.find((share) => share.tier === tier);

  return own ?? shares.find((share) => share.tier === otherwise);
}
