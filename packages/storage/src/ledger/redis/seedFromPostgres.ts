/**
 * What Redis must hold, computed from PostgreSQL's records: every counter's capacity, its use
 * (claims of completed redemptions, and of refunded ones for the kinds a refund keeps) and what
 * is held (claims of redemptions still held), and each held redemption's claims.
 */
import { sql } from 'kysely';
import type { Executor } from '../sqlCalls.js';
import type { SeedCounter, SeedHold } from './RedisCounters.js';

export async function seedFromPostgres(
  db: Executor,
  sweepGraceMs: number,
): Promise<{ counters: SeedCounter[]; holds: SeedHold[] }> {
  const counters = await sql<{ key: string; capacity: string; used: string; held: string }>`
    with use as (
      select rc.key,
        sum(rc.amount) filter (where r.state = 'completed' or (r.state = 'refunded'
          and rc.kind in ('per-customer', 'instrument', 'claim'))) as used,
        sum(rc.amount) filter (where r.state = 'held') as held
      from ledger_redemption_claims rc join ledger_redemptions r on r.id = rc.redemption_id
      group by rc.key)
    select c.key, coalesce(u.used, 0) as used, coalesce(u.held, 0) as held,
      greatest(c.capacity, coalesce(u.used, 0) + coalesce(u.held, 0)) as capacity
    from ledger_counters c left join use u on u.key = c.key
    where c.kind <> 'prize'`.execute(db);

  const holds = await sql<{ id: string; expires_at: Date; claims: [string, number][] }>`
    select r.id, r.expires_at,
      jsonb_agg(jsonb_build_array(rc.key, rc.amount) order by rc.key) as claims
    from ledger_redemptions r join ledger_redemption_claims rc on rc.redemption_id = r.id
    where r.state = 'held'
    group by r.id, r.expires_at`.execute(db);

  return {
    counters: counters.rows.map((row) => ({
      key: row.key,
      capacity: Number(row.capacity),
      used: Number(row.used),
      held: Number(row.held),
    })),
    holds: holds.rows.map((row) => ({
      redemptionId: row.id,
      sweepAfterMs: new Date(row.expires_at).getTime() + sweepGraceMs,
      claims: row.claims.map(([key, amount]) => [key, Number(amount)]),
    })),
  };
}

/** Writes Redis's figures into PostgreSQL's counters, locking the rows in key order. */
export async function writeCounters(db: Executor, counters: readonly SeedCounter[]) {
  if (counters.length === 0) return;

  const rows = JSON.stringify(
    counters.map((c) => ({ key: c.key, cap: c.capacity, used: c.used, held: c.held })),
  );
  await db.transaction().execute(async (trx) => {
    await sql`select 1 from ledger_counters where key in (
        select key from jsonb_to_recordset(${rows}::jsonb) as x(key text))
      order by key for update`.execute(trx);
    await sql`update ledger_counters c
      set capacity = x.cap, used = x.used, held = x.held
      from jsonb_to_recordset(${rows}::jsonb) as x(key text, cap bigint, used bigint, held bigint)
      where c.key = x.key`.execute(trx);
    // The figures are whole: moves a SQL ledger left on these counters are in them already.
    await sql`delete from ledger_counter_moves where key in (
        select key from jsonb_to_recordset(${rows}::jsonb) as x(key text))`.execute(trx);
  });
}
