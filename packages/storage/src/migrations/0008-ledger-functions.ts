/**
 * Migration 0008's versions of the ledger functions, derived from 0003's frozen text with the
 * changes marked below, so that what stays the same reads the same:
 *
 * - `ledger_hold` commits asynchronously when it only holds (`synchronous_commit = off` for
 *   its own transaction): a hot counter's row lock is no longer kept for a disk flush.
 * - `ledger_complete` no longer touches `ledger_counters`: it adds what moves from held to used
 *   to one of 16 stripes of `ledger_counter_moves` (chosen by the redemption id), so parallel
 *   completions of one budget do not queue on its row while their commits are flushed.
 * - `ledger_refund` first folds the stripes of the counters it returns to.
 */
import { LEDGER_FUNCTIONS } from './0003-ledger-functions.js';

export const MOVE_STRIPES = 16;

function original(name: string): string {
  const text = LEDGER_FUNCTIONS.find((each) => each.includes(`create function ${name}(`));
  if (text === undefined) throw new Error(`migration 0008: no function ${name} in 0003`);
  return text;
}

/** `text` with `find` replaced once; a missing `find` is a mistake in this file. */
function patched(text: string, find: string, replacement: string): string {
  if (!text.includes(find)) throw new Error(`migration 0008: "${find.trim()}" not found`);
  return text.replace(find, replacement);
}

const replaced = (text: string) => text.replace('create function', 'create or replace function');

const HOLD = patched(
  replaced(original('ledger_hold')),
  'begin\n  insert into ledger_redemptions',
  `begin
  -- A hold lost in a crash only frees capacity, and a completion's flush makes it durable.
  if p_completion is null then
    perform set_config('synchronous_commit', 'off', true);
  end if;

  insert into ledger_redemptions`,
);

const COMPLETE = patched(
  replaced(original('ledger_complete')),
  `    perform 1 from ledger_counters
    where key in (select key from ledger_redemption_claims where redemption_id = p_id)
    order by key for update;

    update ledger_counters c set held = c.held - rc.amount, used = c.used + rc.amount
    from ledger_redemption_claims rc
    where rc.redemption_id = p_id and rc.key = c.key;`,
  `    -- used + held stays the same, so the counter row (and its lock) is left alone.
    insert into ledger_counter_moves as m (key, stripe, amount)
    select rc.key, hashtext(p_id) & ${MOVE_STRIPES - 1}, rc.amount
    from ledger_redemption_claims rc where rc.redemption_id = p_id
    order by rc.key
    on conflict (key, stripe) do update set amount = m.amount + excluded.amount;`,
);

/** Folds every stripe of the given counters into their rows (which the caller has locked). */
const FOLD = `
create or replace function ledger_fold_moves(p_keys text[]) returns void
language plpgsql as $fn$
begin
  with folded as (
    delete from ledger_counter_moves where key = any(p_keys) returning key, amount
  )
  update ledger_counters c set used = c.used + f.amount, held = c.held - f.amount
  from (select key, sum(amount) as amount from folded group by key) f
  where c.key = f.key;
end
$fn$`;

const REFUND = patched(
  replaced(original('ledger_refund')),
  `    order by key for update;
  end if;`,
  `    order by key for update;

    perform ledger_fold_moves(array(select key from ledger_redemption_claims
      where redemption_id = p_id and kind not in ('per-customer', 'instrument', 'claim')));
  end if;`,
);

export const FUNCTIONS_0008: readonly string[] = [FOLD, HOLD, COMPLETE, REFUND];

/** 0003's versions, which `down` puts back. */
export const FUNCTIONS_0003: readonly string[] = ['ledger_hold', 'ledger_complete', 'ledger_refund']
  .map(original)
  .map(replaced);
