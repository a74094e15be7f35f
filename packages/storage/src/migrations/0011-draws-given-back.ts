import { sql, type Kysely } from 'kysely';
import { FUNCTIONS_0010 } from './0010-ledger-functions.js';

/**
 * Prizes drawn for an order that is then cancelled or expires go back to their pools. A
 * completion draws before the ledger records it, so a cancel (from any process) or the hold's
 * end in between used to leave the prize taken and never given.
 *
 * - `ledger_return_draws(ids, now)` gives back the prizes of those redemptions' draws not
 *   given back yet, if the redemption is cancelled or expired, and marks the draws
 *   `returned_at`; it answers how many. The draws are locked first, so two calls for one
 *   order give each prize back once.
 * - `ledger_release` (cancel, expiry, the sweep) calls it after closing the redemptions: a draw
 *   made before the cancel. The server calls it when a completion is refused for a closed
 *   order: a draw made after the cancel (`Ledger.returnDraws`).
 */
const RETURN_DRAWS = `
create or replace function ledger_return_draws(p_ids text[], p_now timestamptz)
returns integer language plpgsql as $fn$
declare
  v_prize record;
  v_count integer := 0;
begin
  perform 1 from ledger_draws d
    where d.redemption_id = any(p_ids) and d.prize is not null and d.returned_at is null
    order by d.id for update;
  -- Prize counters by key, in key order, as every ledger function locks counters.
  for v_prize in
    select d.prize as key, count(*) as n
    from ledger_draws d join ledger_redemptions r on r.id = d.redemption_id
    where d.redemption_id = any(p_ids) and d.prize is not null and d.returned_at is null
      and r.state in ('cancelled', 'expired')
    group by d.prize order by d.prize
  loop
    update ledger_counters set used = used - v_prize.n where key = v_prize.key;
    v_count := v_count + v_prize.n;
  end loop;
  update ledger_draws d set returned_at = p_now
    from ledger_redemptions r
    where d.redemption_id = any(p_ids) and r.id = d.redemption_id and d.prize is not null
      and d.returned_at is null and r.state in ('cancelled', 'expired');
  return v_count;
end
$fn$`;

/** 0010's release, then the draws of the closed redemptions given back. */
const RELEASE = `
create or replace function ledger_release(
  p_ids text[], p_state text, p_now timestamptz, p_counters boolean
) returns void language plpgsql as $fn$
declare
  v_claim record;
begin
  if p_counters then
    for v_claim in
      select key, sum(amount) as amount from ledger_redemption_claims
      where redemption_id = any(p_ids) group by key order by key
    loop
      update ledger_counters set held = held - v_claim.amount where key = v_claim.key;
    end loop;
  end if;

  update ledger_redemptions set state = p_state, closed_at = p_now where id = any(p_ids);
  perform ledger_return_draws(p_ids, p_now);
end
$fn$`;

const RELEASE_0010 = FUNCTIONS_0010.find((text) => text.includes('function ledger_release('));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_draws add column returned_at timestamptz`.execute(db);
  // The draws a release looks for: won, of a redemption, not given back.
  await sql`create index ledger_draws_unreturned on ledger_draws (redemption_id)
    where prize is not null and returned_at is null`.execute(db);
  await sql.raw(RETURN_DRAWS).execute(db);
  await sql.raw(RELEASE).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (RELEASE_0010 === undefined) throw new Error('migration 0011: no 0010 ledger_release');
  await sql.raw(RELEASE_0010).execute(db);
  await sql`drop function ledger_return_draws(text[], timestamptz)`.execute(db);
  await sql`drop index ledger_draws_unreturned`.execute(db);
  await sql`alter table ledger_draws drop column returned_at`.execute(db);
}
