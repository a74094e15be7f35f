/**
 * The counters in Redis, behind the Lua scripts: reserve, settle (use or release holds), give
 * back, due holds and seed. Answers `noseed` become `CountersLost`, so the ledger re-seeds
 * from PostgreSQL and tries again.
 */
import { Redis } from 'ioredis';
import type { LedgerClaim, LedgerShortfall } from '../Ledger.js';
import { DUE_HOLDS, GIVE_BACK, RESERVE, SEED, SETTLE } from './luaScripts.js';

/** Redis has no `epoch`: it restarted (or is new), and the counters must be seeded. */
export class CountersLost extends Error {
  constructor() {
    super('Redis has lost the ledger counters; they are seeded again from PostgreSQL');
    this.name = 'CountersLost';
  }
}

type ScriptAnswer = [string, ...(string | number)[]];

interface ScriptedRedis extends Redis {
  ledgerReserve(numberOfKeys: number, ...args: (string | number)[]): Promise<ScriptAnswer>;
  ledgerSettle(numberOfKeys: number, ...args: (string | number)[]): Promise<ScriptAnswer>;
  ledgerGiveBack(numberOfKeys: number, ...args: (string | number)[]): Promise<ScriptAnswer>;
  ledgerDueHolds(numberOfKeys: number, ...args: (string | number)[]): Promise<string[]>;
  ledgerSeed(numberOfKeys: number, ...args: (string | number)[]): Promise<string>;
}

export interface SeedCounter {
  key: string;
  capacity: number;
  used: number;
  held: number;
}

export interface SeedHold {
  redemptionId: string;
  sweepAfterMs: number;
  claims: [string, number][];
}

export class RedisCounters {
  private readonly redis: ScriptedRedis;

  constructor(
    url: string,
    readonly prefix: string,
  ) {
    const redis = new Redis(url, { maxRetriesPerRequest: 3 });
    redis.defineCommand('ledgerReserve', { lua: RESERVE });
    redis.defineCommand('ledgerSettle', { lua: SETTLE });
    redis.defineCommand('ledgerGiveBack', { lua: GIVE_BACK });
    redis.defineCommand('ledgerDueHolds', { lua: DUE_HOLDS });
    redis.defineCommand('ledgerSeed', { lua: SEED });
    this.redis = redis as ScriptedRedis;
  }

  private counterKey(key: string): string {
    return `${this.prefix}c:${key}`;
  }

  private get epoch(): string {
    return `${this.prefix}epoch`;
  }

  private get holds(): string {
    return `${this.prefix}holds`;
  }

  /** Holds (`hold`) or uses (`use`) every claim, or none: then the shortfalls. */
  async reserve(
    redemptionId: string,
    claims: readonly LedgerClaim[],
    sweepAfterMs: number,
    mode: 'hold' | 'use',
  ): Promise<LedgerShortfall[]> {
    const keys = [this.epoch, this.holds, `${this.prefix}h:${redemptionId}`];
    const record = JSON.stringify(claims.map((claim) => [claim.key, claim.amount]));
    const args: (string | number)[] = [redemptionId, sweepAfterMs, mode, record];
    for (const claim of claims) {
      keys.push(this.counterKey(claim.key));
      args.push(claim.capacity, claim.amount);
    }

    const answer = await this.redis.ledgerReserve(keys.length, ...keys, ...args);
    if (answer[0] === 'noseed') throw new CountersLost();
    if (answer[0] === 'ok') return [];

    const shortfalls: LedgerShortfall[] = [];
    for (let at = 1; at < answer.length; at += 3) {
      const claim = claims[Number(answer[at]) - 1]!;
      shortfalls.push({
        key: claim.key,
        need: claim.amount,
        left: Math.max(Number(answer[at + 1]), 0),
        capacity: Number(answer[at + 2]),
        label: claim.label,
      });
    }
    return shortfalls;
  }

  /** Ends the holds of these redemptions: as use, or released. How many had a hold here. */
  async settle(redemptionIds: readonly string[], mode: 'use' | 'release'): Promise<number> {
    if (redemptionIds.length === 0) return 0;

    const answer = await this.redis.ledgerSettle(
      2,
      this.epoch,
      this.holds,
      this.prefix,
      mode,
      ...redemptionIds,
    );
    if (answer[0] === 'noseed') throw new CountersLost();
    return Number(answer[1]);
  }

  async giveBack(returned: readonly { key: string; amount: number }[]): Promise<void> {
    if (returned.length === 0) return;

    const keys = [this.epoch, ...returned.map((entry) => this.counterKey(entry.key))];
    const answer = await this.redis.ledgerGiveBack(
      keys.length,
      ...keys,
      ...returned.map((entry) => entry.amount),
    );
    if (answer[0] === 'noseed') throw new CountersLost();
  }

  dueHolds(nowMs: number, batch: number): Promise<string[]> {
    return this.redis.ledgerDueHolds(1, this.holds, nowMs, batch);
  }

  async isSeeded(): Promise<boolean> {
    return (await this.redis.exists(this.epoch)) === 1;
  }

  /** Writes counters and holds unless another process seeded first. */
  async seed(counters: readonly SeedCounter[], holds: readonly SeedHold[]): Promise<void> {
    await this.redis.ledgerSeed(
      2,
      this.epoch,
      this.holds,
      this.prefix,
      JSON.stringify(counters.map((c) => [c.key, c.capacity, c.used, c.held])),
      JSON.stringify(holds.map((h) => [h.redemptionId, h.sweepAfterMs, JSON.stringify(h.claims)])),
      new Date().toISOString(),
    );
  }

  /** cap / used / held of each key Redis has; absent keys are left out. */
  async read(keys: readonly string[]): Promise<Map<string, SeedCounter>> {
    const found = new Map<string, SeedCounter>();
    if (keys.length === 0) return found;

    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.hmget(this.counterKey(key), 'cap', 'used', 'held');
    const answers = (await pipeline.exec()) ?? [];
    answers.forEach(([error, value], index) => {
      if (error !== null) throw error;
      const [cap, used, held] = value as (string | null)[];
      if (cap === null || cap === undefined) return;
      found.set(keys[index]!, {
        key: keys[index]!,
        capacity: Number(cap),
        used: Number(used ?? 0),
        held: Number(held ?? 0),
      });
    });
    return found;
  }

  /** Every counter key under the prefix (SCAN, a batch at a time). */
  async allKeys(): Promise<string[]> {
    const keys: string[] = [];
    const start = this.counterKey('');
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', `${start}*`, 'COUNT', 1000);
      for (const key of batch) keys.push(key.slice(start.length));
      cursor = next;
    } while (cursor !== '0');
    return keys;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
