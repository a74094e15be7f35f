import type { OrderRecord, RedemptionRecord } from '../redemption/redemptionRecords.js';

/**
 * Holds remembered at most; beyond it the oldest is forgotten first. An entry is the order as
 * redeemed (its context, a few KB for a long cart), not the answer: 10,000 cover some seconds
 * of Singles' Day checkouts in tens of MB.
 */
const MOST_ENTRIES = 10_000;

interface Entry {
  record: OrderRecord;
  expiresAt: number;
}

/**
 * The redemptions this process held and has not yet completed, cancelled or refunded, so that
 * `complete` (the usual next call, a few seconds later) need not read the row back.
 *
 * What a remembered record may be trusted for: everything it stores is written once by the
 * hold and never changed (the order, its branch, the payable, the hold's end), so visibility
 * checks and the paid-order evaluation can use it. Its state cannot be trusted: another
 * process, or the expiry sweep, may have closed the order since. The ledger's own completion
 * checks the state in the same statement, so a stale "held" is harmless there; anything with a
 * side effect before it (a lucky draw taking a prize) reads the row first (`completeOrder`).
 */
export class HeldOrders {
  /** In the order the holds were made, which with one hold time is the order they end. */
  private readonly entries = new Map<string, Entry>();

  remember(record: RedemptionRecord, expiresAt: Date, now: Date): void {
    this.forgetEnded(now.getTime());
    if (this.entries.size >= MOST_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    const { response, order } = record.answer;
    this.entries.set(record.id, {
      record: {
        id: record.id,
        state: record.state,
        answer: { order, response: { payable: response.payable, expiresAt: response.expiresAt } },
      },
      expiresAt: expiresAt.getTime(),
    });
  }

  /** The record as held, while its hold has not run out by `now`. */
  find(redemptionId: string, now: Date): OrderRecord | undefined {
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

  get size(): number {
    return this.entries.size;
  }

  /** Drops ended holds from the oldest on, so that abandoned carts do not stay in memory. */
  private forgetEnded(nowMs: number): void {
    for (const [id, entry] of this.entries) {
      if (entry.expiresAt > nowMs) return;
      this.entries.delete(id);
    }
  }
}
