/**
 * Migration 0010's versions of `ledger_hold`, `ledger_complete` and `ledger_release`: the same
 * answers and the same locking order (counters in key order) as before, with less work per
 * call (docs/benchmarks.md, Redemption).
 *
 * `ledger_hold`:
 * - Everything that needs no counter (the redemption, its claims, a claim's grants, counters
 *   named for the first time) is written before the first counter row is locked, so a hot
 *   budget row is locked only for the counter updates and the commit.
 * - Each counter is updated by one statement on its key, in key order. 0008's upsert of every
 *   counter followed by one update joined to the claims took two passes, locked each row twice
 *   (the upsert locks even when its WHERE is false), and was planned for 100 claims: a hash
 *   join over a scan of the whole counters table, which grows by a row per customer cap.
 * - A refused hold still raises `ledger-refused` with every shortfall, in key order.
 *
 * `ledger_complete`:
 * - A held, unexpired redemption is completed by one conditional update (no separate
 *   `select … for update`); anything else takes 0008's path.
 * - The grants insert runs only when there are grants; a voucher claim finds its grant by id.
 * - Moves go to the stripe of the connection (its backend pid), of 64: one connection runs one
 *   transaction at a time, so parallel completions on different connections do not wait for
 *   each other's commit flush on a stripe row, as they did when 16 stripes were picked by
 *   redemption id.
 *
 * `ledger_release` (cancel, expiry, the sweep) updates each counter by its key, in key order,
 * where 0003's lock and update were joins planned as scans of the whole counters table.
 */
import { LEDGER_FUNCTIONS } from './0003-ledger-functions.js';
import { FUNCTIONS_0008 } from './0008-ledger-functions.js';

export const MOVE_STRIPES_0010 = 64;

const CLAIMS = `jsonb_to_recordset(p_claims) as x(
    key text, kind text, unit text, capacity bigint, amount bigint, label jsonb,
    campaign_id text)`;

const INSERT_GRANTS = `
    insert into ledger_grants (id, redemption_id, customer_key, kind, value, details, seed, state)
    select g.id, p_id, v_customer, g.kind, g.value, coalesce(g.details, '{}'), g.seed, 'active'
    from jsonb_to_recordset(p_grants)
      as g(id text, kind text, value bigint, details jsonb, seed text);`;

const HOLD = `
create or replace function ledger_hold(
  p_id text, p_idempotency_key text, p_request_hash text, p_customer text,
  p_expires timestamptz, p_answer jsonb, p_claims jsonb, p_now timestamptz,
  p_completion jsonb, p_grants jsonb, p_counters boolean
) returns jsonb language plpgsql as $fn$
declare
  v_existing record;
  v_claim record;
  v_in_use bigint;
  v_short jsonb := '[]';
  v_customer text := p_customer;
  v_use boolean := p_completion is not null;
begin
  -- A hold lost in a crash only frees capacity, and a completion's flush makes it durable.
  if not v_use then
    perform set_config('synchronous_commit', 'off', true);
  end if;

  insert into ledger_redemptions as r (id, idempotency_key, request_hash, customer_key, state,
    answer, expires_at, created_at, completed_at, completion)
  values (p_id, p_idempotency_key, p_request_hash, p_customer,
    case when v_use then 'completed' else 'held' end, p_answer, p_expires, p_now,
    case when v_use then p_now end, p_completion)
  on conflict (idempotency_key) do nothing;

  if not found then
    select id, request_hash, answer, state into v_existing
    from ledger_redemptions where idempotency_key = p_idempotency_key;
    if v_existing.request_hash <> p_request_hash then
      return jsonb_build_object('status', 'conflict', 'redemptionId', v_existing.id);
    end if;
    return jsonb_build_object('status', 'replayed', 'redemptionId', v_existing.id,
      'state', v_existing.state, 'answer', v_existing.answer);
  end if;

  insert into ledger_redemption_claims (redemption_id, key, kind, amount)
  select p_id, x.key, x.kind, x.amount from ${CLAIMS};

  if v_use and jsonb_array_length(p_grants) > 0 then ${INSERT_GRANTS}
  end if;

  -- Counters named for the first time, with nothing used. DO NOTHING locks no row that is
  -- there (it may wait for a hold updating one to commit), so no counter lock is held yet.
  insert into ledger_counters (key, kind, unit, capacity, label, campaign_id)
  select x.key, x.kind, x.unit, x.capacity, x.label, x.campaign_id from ${CLAIMS}
  order by x.key
  on conflict (key) do nothing;

  if p_counters then
    -- One update per counter, in key order (as every ledger function locks them). The latest
    -- capacity wins when the claim fits; a refused hold rolls back, so its capacity is not kept.
    for v_claim in select x.key, x.capacity, x.amount, x.label from ${CLAIMS} order by x.key
    loop
      update ledger_counters c
      set held = c.held + case when v_use then 0 else v_claim.amount end,
          used = c.used + case when v_use then v_claim.amount else 0 end,
          capacity = v_claim.capacity,
          label = case when c.capacity = v_claim.capacity then c.label else v_claim.label end
      where c.key = v_claim.key and c.used + c.held + v_claim.amount <= v_claim.capacity;

      if not found then
        select c.used + c.held into v_in_use from ledger_counters c where c.key = v_claim.key;
        v_short := v_short || jsonb_build_object('key', v_claim.key, 'need', v_claim.amount,
          'left', greatest(v_claim.capacity - v_in_use, 0),
          'capacity', greatest(v_claim.capacity, v_in_use), 'label', v_claim.label);
      end if;
    end loop;

    if jsonb_array_length(v_short) > 0 then
      raise exception using errcode = 'P0001', message = 'ledger-refused', detail = v_short::text;
    end if;
  end if;

  return jsonb_build_object('status', case when v_use then 'claimed' else 'held' end,
    'redemptionId', p_id);
end
$fn$`;

const COMPLETE = `
create or replace function ledger_complete(
  p_id text, p_paid_at timestamptz, p_paid_amount bigint, p_paid_day date,
  p_grants jsonb, p_completion jsonb, p_now timestamptz, p_counters boolean
) returns jsonb language plpgsql as $fn$
declare
  r record;
  v_voucher record;
  v_customer text;
begin
  update ledger_redemptions
  set state = 'completed', completed_at = p_now, paid_amount = p_paid_amount,
      paid_day = p_paid_day, completion = p_completion
  where id = p_id and state = 'held' and expires_at > p_now
  returning customer_key into v_customer;

  if not found then
    -- Not held, or past its expiry: the row as it is now, locked.
    select state, expires_at, completion into r
    from ledger_redemptions where id = p_id for update;
    if not found then
      return jsonb_build_object('status', 'not-found');
    end if;
    if r.state = 'completed' then
      return r.completion || '{"replayed": true}';
    end if;
    if r.state = 'held' and r.expires_at <= p_now then
      perform ledger_release(array[p_id], 'expired', p_now, p_counters);
      return jsonb_build_object('status', 'refused', 'state', 'expired');
    end if;
    return jsonb_build_object('status', 'refused', 'state', r.state);
  end if;

  if p_counters then
    -- used + held stays the same, so the counter row (and its lock) is left alone.
    insert into ledger_counter_moves as m (key, stripe, amount)
    select rc.key, pg_backend_pid() % ${MOVE_STRIPES_0010}, rc.amount
    from ledger_redemption_claims rc where rc.redemption_id = p_id
    order by rc.key
    on conflict (key, stripe) do update set amount = m.amount + excluded.amount;
  end if;

  if jsonb_array_length(p_grants) > 0 then ${INSERT_GRANTS}
  end if;

  -- A voucher this order paid with (claim 'voucher:<grant id>') is used by this order. Looked
  -- up by its id: a join could be planned as a scan of every grant.
  for v_voucher in
    select substr(rc.key, 9) as id from ledger_redemption_claims rc
    where rc.redemption_id = p_id and rc.key like 'voucher:%'
  loop
    update ledger_grants set state = 'used', used_by = p_id, used_at = p_paid_at
    where id = v_voucher.id and state = 'active';
  end loop;

  if v_customer is not null then
    insert into ledger_customer_days as d (customer_key, day, paid_amount)
    values (v_customer, p_paid_day, p_paid_amount)
    on conflict (customer_key, day)
      do update set paid_amount = d.paid_amount + excluded.paid_amount;
  end if;
  return p_completion;
end
$fn$`;

/** Releases the holds of the given redemptions (all in state 'held', rows locked). */
const RELEASE = `
create or replace function ledger_release(
  p_ids text[], p_state text, p_now timestamptz, p_counters boolean
) returns void language plpgsql as $fn$
declare
  v_claim record;
begin
  if p_counters then
    -- Each counter by its key, in key order, as every ledger function locks them.
    for v_claim in
      select key, sum(amount) as amount from ledger_redemption_claims
      where redemption_id = any(p_ids) group by key order by key
    loop
      update ledger_counters set held = held - v_claim.amount where key = v_claim.key;
    end loop;
  end if;

  update ledger_redemptions set state = p_state, closed_at = p_now where id = any(p_ids);
end
$fn$`;

export const FUNCTIONS_0010: readonly string[] = [HOLD, COMPLETE, RELEASE];

function earlier(functions: readonly string[], name: string): string {
  const text = functions.find((each) => each.includes(`function ${name}(`));
  if (text === undefined) throw new Error(`migration 0010: no earlier function ${name}`);
  return text.replace('create function', 'create or replace function');
}

/** The versions `down` puts back: 0008's hold and complete, 0003's release. */
export const FUNCTIONS_BEFORE_0010: readonly string[] = [
  earlier(FUNCTIONS_0008, 'ledger_hold'),
  earlier(FUNCTIONS_0008, 'ledger_complete'),
  earlier(LEDGER_FUNCTIONS, 'ledger_release'),
];
