import { randomUUID } from 'node:crypto';

/** A new redemption id: `rd-<uuid>`. */
export function newRedemptionId(): string {
  return `rd-${randomUUID()}`;
}

/**
 * Grants are numbered within their redemption (`rd-<uuid>-g1`), so that a voucher presented
 * later leads back to the redemption that earned it and to its state in the ledger.
 */
export function grantId(redemptionId: string, index: number): string {
  return `${redemptionId}-g${index + 1}`;
}

const GRANT_ID = /^(rd-[0-9a-f-]{36})-g\d+$/;

/** The redemption that issued a grant id, or undefined for an id this server did not issue. */
export function redemptionOfGrant(id: string): string | undefined {
  return GRANT_ID.exec(id)?.[1];
}
