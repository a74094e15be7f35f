/**
 * The ledger on PostgreSQL or PGlite: counters are rows, each hold or completion is one call of
 * a SQL function that locks the counters it touches in key order and updates them with
 * conditions (see migrations 0003, 0008 and 0010). On PostgreSQL those two calls are prepared
 * statements. PGlite runs one statement at a time, so there the same SQL is simply serial.
 */
import type { Database } from '../createDatabase.js';
import type {
  CancelOutcome,
  ClaimOutcome,
  ClaimRequest,
  CompleteOutcome,
  CompleteRequest,
  CounterState,
  DrawRecord,
  DrawRequest,
  GrantRecord,
  HoldOutcome,
  HoldRequest,
  Ledger,
  RefundOutcome,
} from './Ledger.js';
import { checkClaim, checkComplete, checkHold, type CheckedComplete } from './checkRequests.js';
import { shortfallsOf } from './refusal.js';
import {
  callCancel,
  callComplete,
  callHold,
  callRefund,
  callReleaseExpired,
  type CallTarget,
  type Executor,
} from './sqlCalls.js';
import { drawInTransaction, returnDrawsOf } from './sqlDraw.js';
import { leftOf, markUsed, notFound, readCounters, readGrants, readPaidOn } from './sqlReads.js';
import { toCancelOutcome, toCompleteOutcome, toHoldOutcome, toRefundOutcome } from './outcomes.js';

export interface SqlLedgerOptions {
  /** The clock that dates holds and judges expiry; tests pass their own. */
  clock?: () => Date;
  /** Holds expired per sweep statement (default 500). */
  sweepBatch?: number;
}

export class SqlLedger implements Ledger {
  readonly backend: 'pglite' | 'postgres';
  private readonly db: Executor;
  private readonly hot: CallTarget;
  private readonly clock: () => Date;
  private readonly sweepBatch: number;

  constructor(database: Database, options: SqlLedgerOptions = {}) {
    this.backend = database.kind;
    this.db = database.db;
    this.hot = { db: database.db, prepared: database.prepared };
    this.clock = options.clock ?? (() => new Date());
    this.sweepBatch = options.sweepBatch ?? 500;
  }

  async hold(request: HoldRequest): Promise<HoldOutcome> {
    const hold = checkHold(request, this.clock());
    try {
      return toHoldOutcome(await callHold(this.hot, hold, true));
    } catch (error) {
      const shortfalls = shortfallsOf(error);
      if (shortfalls === undefined) throw error;
      return { status: 'refused', shortfalls };
    }
  }

  async claim(request: ClaimRequest): Promise<ClaimOutcome> {
    const claim = checkClaim(request, this.clock());
    try {
      const answer = await callHold(this.hot, claim, true);
      return toHoldOutcome(answer) as ClaimOutcome;
    } catch (error) {
      const shortfalls = shortfallsOf(error);
      if (shortfalls === undefined) throw error;
      return { status: 'refused', shortfalls };
    }
  }

  async left(keys: readonly string[]): Promise<Map<string, number>> {
    return leftOf(await readCounters(this.db, keys));
  }

  counters(keys: readonly string[]): Promise<Map<string, CounterState>> {
    return readCounters(this.db, keys);
  }

  async complete(redemptionId: string, request: CompleteRequest): Promise<CompleteOutcome> {
    const complete: CheckedComplete = checkComplete(redemptionId, request, this.clock());
    const answer = await callComplete(this.hot, redemptionId, complete, true);
    if (answer.status === 'not-found') throw notFound(redemptionId);
    return toCompleteOutcome(redemptionId, answer);
  }

  async cancel(redemptionId: string): Promise<CancelOutcome> {
    const answer = await callCancel(this.db, redemptionId, this.clock(), true);
    if (answer.status === 'not-found') throw notFound(redemptionId);
    return toCancelOutcome(redemptionId, answer);
  }

  async refund(redemptionId: string, request: { at: Date }): Promise<RefundOutcome> {
    const answer = await callRefund(this.db, redemptionId, request.at, true);
    if (answer.status === 'not-found') throw notFound(redemptionId);
    return toRefundOutcome(redemptionId, answer);
  }

  markGrantUsed(grantId: string, byRedemptionId: string): Promise<GrantRecord> {
    return markUsed(this.db, grantId, byRedemptionId, this.clock());
  }

  async releaseExpired(now: Date): Promise<number> {
    let released = 0;
    for (;;) {
      const ids = await callReleaseExpired(this.db, now, this.sweepBatch, true);
      released += ids.length;
      if (ids.length < this.sweepBatch) return released;
    }
  }

  async draw(request: DrawRequest): Promise<DrawRecord> {
    return await drawInTransaction(this.db, request, this.clock());
  }

  returnDraws(redemptionId: string): Promise<number> {
    return returnDrawsOf(this.db, redemptionId, this.clock());
  }

  paidOn(customerKey: string, day: string): Promise<number> {
    return readPaidOn(this.db, customerKey, day);
  }

  grantsOf(redemptionId: string): Promise<GrantRecord[]> {
    return readGrants(this.db, redemptionId);
  }

  /** The database belongs to the caller, who closes it. */
  async close(): Promise<void> {}
}
