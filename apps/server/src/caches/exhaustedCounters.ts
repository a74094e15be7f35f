/** How long a counter seen with nothing left is read before a hold is tried on it. */
export const EXHAUSTED_RECHECK_MS = 1_000;
/** Counters remembered at most; beyond it the list starts again empty. */
const MOST_ENTRIES = 10_000;

/**
 * Counters (stock, budgets, caps) this process lately saw with nothing left. Once a flash
 * item sells out, most redeems that want it are refused: instead of trying a hold that the
 * ledger refuses and then evaluating again with what is left, `redeem` reads what is left of
 * these counters before its first evaluation and is refused at once.
 *
 * Only a hint of where to look: what is left is always read from the ledger, never taken from
 * here, so a unit given back by a cancel is sold at the next read. A counter stays suspected
 * for `EXHAUSTED_RECHECK_MS` after it was last seen empty, and is cleared by a read with room.
 */
export class ExhaustedCounters {
  private readonly seenEmptyAt = new Map<string, number>();

  /** What a read or a refusal showed was left of `key`. */
  saw(key: string, left: number, nowMs: number): void {
    if (left > 0) {
      this.seenEmptyAt.delete(key);
      return;
    }
    if (this.seenEmptyAt.size >= MOST_ENTRIES) this.seenEmptyAt.clear();
    this.seenEmptyAt.set(key, nowMs);
  }

  suspected(key: string, nowMs: number): boolean {
    const at = this.seenEmptyAt.get(key);
    if (at === undefined) return false;
    if (nowMs - at < EXHAUSTED_RECHECK_MS) return true;
    this.seenEmptyAt.delete(key);
    return false;
  }
}
