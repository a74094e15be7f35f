import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../schema.js';

export interface ThrottleRule {
  /** Failures that lock the key when they fall within `windowMs`. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

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

  /** Counts a failure; a key whose count reaches the limit within the window is locked. */
  async recordFailure(key: string, now: Date, rule: ThrottleRule): Promise<void> {
    const windowStart = new Date(now.getTime() - rule.windowMs);
    const lockUntil = new Date(now.getTime() + rule.lockMs);
    const stale = sql<boolean>`login_throttles.window_started_at <= ${windowStart}`;
    const failures = sql<number>`case when ${stale} then 1 else login_throttles.failures + 1 end`;

    await this.db
      .insertInto('login_throttles')
      .values({
        key,
        failures: 1,
        window_started_at: now,
        locked_until: rule.maxFailures <= 1 ? lockUntil : null,
      })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures,
          window_started_at: sql`case when ${stale} then ${now}
            else login_throttles.window_started_at end`,
          locked_until: sql`case when ${failures} >= ${rule.maxFailures} then ${lockUntil}
            else login_throttles.locked_until end`,
        }),
      )
      .execute();
  }

  /** Forgets a key's failures (a username after a successful login). */
  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttles').where('key', '=', key).execute();
  }
}
