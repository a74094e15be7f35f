import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../schema.js';

export interface ThrottleRule {
  /** Failures that lock the key when they fall within `windowMs`. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/** Whether a login attempt may check its password, else until when its key is locked. */
export type AttemptClaim = { allowed: true } | { allowed: false; lockedUntil: Date };

/**
 * Failed logins per key (a username or a client address), in the database so that every
 * server process sees the same counts. Each change is one statement, so racing attempts are
 * all counted.
 */
export class LoginThrottleRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** The latest time until which any of the keys is locked, if one is locked at `now`. */
  async lockedUntil(keys: readonly string[], now: Date): Promise<Date | undefined> {
    if (keys.length === 0) return undefined;
    const row = await this.db
      .selectFrom('login_throttles')
      .select((eb) => eb.fn.max('locked_until').as('until'))
      .where('key', 'in', [...keys])
      .where('locked_until', '>', now)
      .executeTakeFirst();
    const until = row?.until;
    return until === null || until === undefined ? undefined : new Date(until);
  }

  /**
   * Counts an attempt before its password is checked, in one statement, and says whether it
   * may go on: the first `maxFailures` attempts of a window may, and the last of them locks
   * the key for `lockMs`; attempts while it is locked are counted and refused. Racing attempts
   * each get their own count, so no more than `maxFailures` of them reach the password check.
   */
  async claimAttempt(key: string, now: Date, rule: ThrottleRule): Promise<AttemptClaim> {
    const windowStart = new Date(now.getTime() - rule.windowMs);
    const lockUntil = new Date(now.getTime() + rule.lockMs);
    const locked = sql<boolean>`coalesce(login_throttles.locked_until > ${now}, false)`;
    const stale = sql<boolean>`login_throttles.window_started_at <= ${windowStart}`;
    const counted = sql<number>`case when ${stale} then 1 else login_throttles.failures + 1 end`;

    const row = await this.db
      .insertInto('login_throttles')
      .values({
        key,
        failures: 1,
        window_started_at: now,
        locked_until: rule.maxFailures <= 1 ? lockUntil : null,
      })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures: sql`case when ${locked} then login_throttles.failures + 1 else ${counted} end`,
          window_started_at: sql`case when not ${locked} and ${stale} then ${now}
            else login_throttles.window_started_at end`,
          locked_until: sql`case when ${locked} then login_throttles.locked_until
            when ${counted} >= ${rule.maxFailures} then ${lockUntil} else null end`,
        }),
      )
      .returning(['failures', 'locked_until'])
      .executeTakeFirstOrThrow();
    if (row.failures <= rule.maxFailures) return { allowed: true };

    // Over the limit means a lock was set by the attempt that reached it.
    const until = row.locked_until === null ? lockUntil : new Date(row.locked_until);
    return { allowed: false, lockedUntil: until };
  }

  /**
   * Takes back an attempt whose password was right: only failures count against an address.
   * Below the limit again, the address is not locked.
   */
  async releaseAttempt(key: string, rule: ThrottleRule): Promise<void> {
    await this.db
      .updateTable('login_throttles')
      .set({
        failures: sql`greatest(failures - 1, 0)`,
        locked_until: sql`case when failures - 1 < ${rule.maxFailures} then null
          else locked_until end`,
      })
      .where('key', '=', key)
      .execute();
  }

  /** Forgets a key's failures (a username after a successful login). */
  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttles').where('key', '=', key).execute();
  }
}
