/**
 * The ledger with its counters in Redis (hot flash-sale stock, budgets) and everything else in
 * PostgreSQL: redemptions, their claims and idempotency keys, grants, draws and day totals.
 *
 * Each operation runs a PostgreSQL transaction that decides (idempotency, state, expiry), calls
 * one Lua script that counts atomically across all the redemption's keys, and commits; a
 * refused reservation rolls the transaction back. Every such transaction holds a shared
 * advisory lock; seeding Redis takes it exclusively, so a seed never misses a redemption that
 * was being written. Draws stay in PostgreSQL (their `pick` runs in JavaScript under row locks).
 */
import { sql } from 'kysely';
import type { Database } from '../../createDatabase.js';
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
  LedgerShortfall,
  RefundOutcome,
} from '../Ledger.js';
import { checkClaim, checkComplete, checkHold } from '../checkRequests.js';
import { toCancelOutcome, toCompleteOutcome, toHoldOutcome, toRefundOutcome } from '../outcomes.js';
import {
  callCancel,
  callComplete,
  callHold,
  callRefund,
  callReleaseExpired,
  type Executor,
  type HoldCall,
} from '../sqlCalls.js';
import { drawInTransaction, returnDrawsOf } from '../sqlDraw.js';
import { leftOf, markUsed, notFound, readCounters, readGrants, readPaidOn } from '../sqlReads.js';
import { CountersLost, RedisCounters } from './RedisCounters.js';
import { seedFromPostgres, writeCounters } from './seedFromPostgres.js';

/** Any constant: the advisory lock between ledger writes (shared) and seeding (exclusive). */
const SEED_LOCK = 7_003_001;

export interface RedisLedgerOptions {
  redisUrl: string;
  /** Prefix of every Redis key of this ledger (default `ledger:`); no glob characters. */
  redisPrefix?: string;
  clock?: () => Date;
  /** How often counters are written into PostgreSQL (default 5 s; 0: only on close). */
  reconcileEveryMs?: number;
  /** How long after its expiry Redis itself releases a hold PostgreSQL never confirmed. */
  sweepGraceMs?: number;
}

/** A refused reservation, thrown to roll the PostgreSQL transaction back. */
class Refused extends Error {
  constructor(readonly shortfalls: LedgerShortfall[]) {
    super('refused');
  }
}

export class RedisLedger implements Ledger {
  readonly backend = 'postgres+redis' as const;
  private readonly db: Executor;
  private readonly counters_: RedisCounters;
  private readonly clock: () => Date;
  private readonly graceMs: number;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(database: Database, options: RedisLedgerOptions) {
    this.db = database.db;
    this.counters_ = new RedisCounters(options.redisUrl, options.redisPrefix ?? 'ledger:');
    this.clock = options.clock ?? (() => new Date());
    this.graceMs = options.sweepGraceMs ?? 60_000;
    const every = options.reconcileEveryMs ?? 5000;
    if (every > 0) {
      this.timer = setInterval(() => void this.reconcile().catch(() => undefined), every);
      this.timer.unref();
    }
  }

  async hold(request: HoldRequest): Promise<HoldOutcome> {
    const hold = checkHold(request, this.clock());
    return (await this.reserveInTransaction(hold, 'hold')) as HoldOutcome;
  }

  async claim(request: ClaimRequest): Promise<ClaimOutcome> {
    const claim = checkClaim(request, this.clock());
    return (await this.reserveInTransaction(claim, 'use')) as ClaimOutcome;
  }

  private async reserveInTransaction(hold: HoldCall, mode: 'hold' | 'use') {
    let reserved = false;
    try {
      return await this.seeded(() =>
        this.writing(async (trx) => {
          const answer = await callHold({ db: trx }, hold, false);
          if (answer.status !== 'held' && answer.status !== 'claimed') {
            return toHoldOutcome(answer);
          }
          const sweepAfter = hold.expiresAt.getTime() + this.graceMs;
          const short = await this.counters_.reserve(
            hold.redemptionId,
            hold.claims,
            sweepAfter,
            mode,
          );
          if (short.length > 0) throw new Refused(short);
          reserved = true;
          return toHoldOutcome(answer);
        }),
      );
    } catch (error) {
      if (error instanceof Refused)
        return { status: 'refused' as const, shortfalls: error.shortfalls };
      // The reservation counted in Redis but PostgreSQL did not commit it: undo the count.
      if (reserved && mode === 'hold') await this.counters_.settle([hold.redemptionId], 'release');
      if (reserved && mode === 'use') await this.counters_.giveBack(hold.claims);
      throw error;
    }
  }

  /** From Redis; keys Redis does not count (draw prizes) from PostgreSQL. */
  async left(keys: readonly string[]): Promise<Map<string, number>> {
    const figures = await this.liveFigures(keys);
    const missing = keys.filter((key) => !figures.has(key));
    const stored = leftOf(await readCounters(this.db, missing));
    const left = new Map<string, number>();
    for (const key of keys) {
      const live = figures.get(key);
      if (live !== undefined) left.set(key, Math.max(live.capacity - live.used - live.held, 0));
      else if (stored.has(key)) left.set(key, stored.get(key)!);
    }
    return left;
  }

  async counters(keys: readonly string[]): Promise<Map<string, CounterState>> {
    const figures = await this.liveFigures(keys);
    const definitions = await readCounters(this.db, keys);
    for (const [key, definition] of definitions) {
      const live = figures.get(key);
      if (live !== undefined) definitions.set(key, { ...definition, ...live, key });
    }
    return definitions;
  }

  async complete(redemptionId: string, request: CompleteRequest): Promise<CompleteOutcome> {
    const complete = checkComplete(redemptionId, request, this.clock());
    const answer = await this.seeded(() =>
      this.writing(async (trx) => {
        const answer = await callComplete({ db: trx }, redemptionId, complete, false);
        if (answer.status === 'refused' && answer.state === 'expired') {
          await this.counters_.settle([redemptionId], 'release');
        }
        if (answer.status !== 'completed' || answer.replayed === true) return answer;

        const settled = await this.counters_.settle([redemptionId], 'use');
        // Redis swept the hold long after its expiry: the order came too late.
        if (settled === 0) throw new HoldLost();
        return answer;
      }),
    ).catch((error: unknown) => {
      if (error instanceof HoldLost) return { status: 'refused', state: 'expired' };
      throw error;
    });
    if (answer.status === 'not-found') throw notFound(redemptionId);
    return toCompleteOutcome(redemptionId, answer);
  }

  async cancel(redemptionId: string): Promise<CancelOutcome> {
    const answer = await this.seeded(() =>
      this.writing(async (trx) => {
        const answer = await callCancel(trx, redemptionId, this.clock(), false);
        if (answer.status === 'cancelled') await this.counters_.settle([redemptionId], 'release');
        return answer;
      }),
    );
    if (answer.status === 'not-found') throw notFound(redemptionId);
    return toCancelOutcome(redemptionId, answer);
  }

  async refund(redemptionId: string, request: { at: Date }): Promise<RefundOutcome> {
    const answer = await this.seeded(() =>
      this.writing(async (trx) => {
        const answer = await callRefund(trx, redemptionId, request.at, false);
        if (answer.status === 'refunded' && answer.replayed !== true) {
          const returned = (answer.returned as { key: string; amount: number }[]).map((entry) => ({
            key: entry.key,
            amount: Number(entry.amount),
          }));
          await this.counters_.giveBack(returned);
        }
        return answer;
      }),
    );
    if (answer.status === 'not-found') throw notFound(redemptionId);
    return toRefundOutcome(redemptionId, answer);
  }

  markGrantUsed(grantId: string, byRedemptionId: string): Promise<GrantRecord> {
    return markUsed(this.db, grantId, byRedemptionId, this.clock());
  }

  /** Expires holds in PostgreSQL and releases them in Redis, then Redis's own leftovers. */
  async releaseExpired(now: Date): Promise<number> {
    let released = 0;
    for (;;) {
      const ids = await this.seeded(() =>
        this.writing(async (trx) => {
          const ids = await callReleaseExpired(trx, now, 500, false);
          await this.counters_.settle(ids, 'release');
          return ids;
        }),
      );
      released += ids.length;
      if (ids.length < 500) break;
    }
    // Holds Redis counted but PostgreSQL never recorded (a process died in between).
    for (;;) {
      const due = await this.counters_.dueHolds(now.getTime(), 500);
      await this.seeded(() => this.counters_.settle(due, 'release'));
      if (due.length < 500) return released;
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

  /** Writes Redis's counters into PostgreSQL (periodically, and on close). */
  async reconcile(): Promise<number> {
    const keys = await this.counters_.allKeys();
    const figures = await this.counters_.read(keys);
    await writeCounters(this.db, [...figures.values()]);
    return figures.size;
  }

  /** Seeds Redis from PostgreSQL, unless it is seeded; waits for writes in flight first. */
  async reseed(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
      if (await this.counters_.isSeeded()) return;

      const { counters, holds } = await seedFromPostgres(trx, this.graceMs);
      await this.counters_.seed(counters, holds);
    });
  }

  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    try {
      if (await this.counters_.isSeeded()) await this.reconcile();
    } finally {
      await this.counters_.close();
    }
  }

  /** Redis's figures for these keys, seeding Redis first when it has lost them. */
  private liveFigures(keys: readonly string[]) {
    return this.seeded(async () => {
      if (!(await this.counters_.isSeeded())) throw new CountersLost();
      return this.counters_.read(keys);
    });
  }

  /** A PostgreSQL transaction that seeding waits for. */
  private writing<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock_shared(${SEED_LOCK})`.execute(trx);
      return work(trx);
    });
  }

  /** Runs `work`; when Redis has lost its counters, seeds them and runs it again. */
  private async seeded<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof CountersLost) || attempt === 3) throw error;
        await this.reseed();
      }
    }
  }
}

class HoldLost extends Error {}
