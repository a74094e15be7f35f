import type { RedemptionRecord } from '../redemption/redemptionRecords.js';

/** Holds remembered at most; beyond it the oldest is forgotten first. */
const MOST_ENTRIES = 2_000;

/**
 * The redemptions this process held and has not yet completed, cancelled or refunded, so that
 * `complete` (the usual next call, a few seconds later) need not read the row back.
 *
 * What a remembered record may be trusted for: everything it stores is written once by the
 * hold and never changed (the answer, the order, its branch), so visibility checks and the
 * paid-order evaluation can use it. Its state cannot be trusted: another process, or the
 * expiry sweep, may have closed the order since. The ledger's own completion checks the state
 * in the same statement, so a stale "held" is harmless there; anything with a side effect
 * before it (a lucky draw taking a prize) reads the row first (`completeOrder`).
 */
export class HeldOrders {
  private readonly entries = new Map<string, { record: RedemptionRecord; expiresAt: number }>();

  remember(record: RedemptionRecord, expiresAt: Date): void {
    if (this.entries.size >= MOST_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(record.id, { record, expiresAt: expiresAt.getTime() });
  }

  /** The record as held, while its hold has not run out by `now`. */
  find(redemptionId: string, now: Date): RedemptionRecord | undefined {
    const entry = this.entries.get(redemptionId);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now.getTime()) {
      this.entries.delete(redemptionId);
      return undefined;
    }
    return entry.record;
  }

  forget(redemptionId: string): void {
    this.entries.delete(redemptionId);
  }
}
