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

const CLOSE = 'where id = any(p_ids);\nend';

/** 0010's `ledger_release`, which `down` puts back. */
function release0010(): string {
  const text = FUNCTIONS_0010.find((each) => each.includes('function ledger_release('));
  if (text === undefined || !text.includes(CLOSE)) {
    throw new Error("migration 0011: 0010's ledger_release is not as expected");
  }
  return text;
}

/** 0010's release, then the draws of the closed redemptions given back. */
const releaseGivingBackDraws = () =>
  release0010().replace(
    CLOSE,
    'where id = any(p_ids);\n  perform ledger_return_draws(p_ids, p_now);\nend',
  );

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_draws add column returned_at timestamptz`.execute(db);
  // The draws a release looks for: won, of a redemption, not given back.
  await sql`create index ledger_draws_unreturned on ledger_draws (redemption_id)
    where prize is not null and returned_at is null`.execute(db);
  await sql.raw(RETURN_DRAWS).execute(db);
  await sql.raw(releaseGivingBackDraws()).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(release0010()).execute(db);
  await sql`drop function ledger_return_draws(text[], timestamptz)`.execute(db);
  await sql`drop index ledger_draws_unreturned`.execute(db);
  await sql`alter table ledger_draws drop column returned_at`.execute(db);
}
