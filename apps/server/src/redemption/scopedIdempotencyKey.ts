import type { UserRecord } from '@campaign-studio/storage';

/**
 * The ledger's key for a caller's idempotency key. Keys are kept per caller's branch: two
 * branches whose checkouts both number orders `order-1001` must not refuse each other's orders,
 * and a clash must never reveal another branch's redemption.
 */
export function scopedIdempotencyKey(user: UserRecord, idempotencyKey: string): string {
  return `${user.branchId}/${idempotencyKey}`;
}
