/**
 * The ledger's writes as PL/pgSQL functions, so that a hold or a completion is one round trip
 * and its counter row locks last only as long as the statement. Every function locks counters
 * in key order, so parallel redemptions cannot deadlock. A refused hold raises `ledger-refused`
 * with the shortfalls as JSON in the error's detail: the exception rolls back the whole
 * statement, so nothing of a refused hold (not even its idempotency key) remains.
 *
 * Frozen with migration 0003: change them with a later migration (`create or replace`).
 */
const CLAIMS = `jsonb_to_recordset(p_claims) as x(
  key text, kind text, unit text, capacity bigint, amount bigint, label jsonb, campaign_id text)`;

const INSERT_GRANTS = `
  insert into ledger_grants (id, redemption_id, customer_key, kind, value, details, seed, state)
  select g.id, p_id, v_customer, g.kind, g.value, coalesce(g.details, '{}'), g.seed, 'active'
  from jsonb_to_recordset(p_grants)
    as g(id text, kind text, value bigint, details jsonb, seed text);`;

const HOLD = `
create function ledger_hold(
  p_id text, p_idempotency_key text, p_request_hash text, p_customer text,
  p_expires timestamptz, p_answer jsonb, p_claims jsonb, p_now timestamptz,
  p_completion jsonb, p_grants jsonb, p_counters boolean
) returns jsonb language plpgsql as $fn$
declare
  v_existing record;
  v_taken text[];
  v_short jsonb;
  v_customer text := p_customer;
  v_use boolean := p_completion is not null;
begin
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

  if not p_counters then
    -- Counters live in Redis; only their definitions are kept here, without taking locks.
    insert into ledger_counters (key, kind, unit, capacity, label, campaign_id)
    select x.key, x.kind, x.unit, x.capacity, x.label, x.campaign_id from ${CLAIMS}
    on conflict (key) do nothing;
  end if;

  if p_counters then
    -- Creates missing counters and locks every one, in key order. The latest capacity wins,
    -- but never below what is already used or held.
    insert into ledger_counters as c (key, kind, unit, capacity, label, campaign_id)
    select x.key, x.kind, x.unit, x.capacity, x.label, x.campaign_id from ${CLAIMS}
    order by x.key
    on conflict (key) do update
      set capacity = greatest(excluded.capacity, c.used + c.held), label = excluded.label
      where c.capacity <> greatest(excluded.capacity, c.used + c.held);

    with taken as (
      update ledger_counters c
      set held = c.held + case when v_use then 0 else x.amount end,
          used = c.used + case when v_use then x.amount else 0 end
      from ${CLAIMS}
      where c.key = x.key and c.used + c.held + x.amount <= c.capacity
      returning c.key
    )
    select coalesce(array_agg(key), '{}') into v_taken from taken;

    if cardinality(v_taken) < jsonb_array_length(p_claims) then
      select jsonb_agg(jsonb_build_object('key', c.key, 'need', x.amount,
          'left', greatest(c.capacity - c.used - c.held, 0), 'capacity', c.capacity,
          'label', x.label) order by c.key)
      into v_short
      from ledger_counters c join ${CLAIMS} on x.key = c.key
      where not (c.key = any(v_taken));
      raise exception using errcode = 'P0001', message = 'ledger-refused', detail = v_short::text;
    end if;
  end if;

  insert into ledger_redemption_claims (redemption_id, key, kind, amount)
  select p_id, x.key, x.kind, x.amount from ${CLAIMS};

  if v_use then ${INSERT_GRANTS}
  end if;

  return jsonb_build_object('status', case when v_use then 'claimed' else 'held' end,
    'redemptionId', p_id);
end
$fn$`;

/** Releases the holds of the given redemptions (all in state 'held', rows locked). */
const RELEASE = `
create function ledger_release(p_ids text[], p_state text, p_now timestamptz, p_counters boolean)
returns void language plpgsql as $fn$
begin
  if p_counters then
  perform 1 from ledger_counters
  where key in (select key from ledger_redemption_claims where redemption_id = any(p_ids))
  order by key for update;

  update ledger_counters c set held = c.held - s.amount
  from (select key, sum(amount) as amount from ledger_redemption_claims
        where redemption_id = any(p_ids) group by key) s
  where c.key = s.key;
  end if;

  update ledger_redemptions set state = p_state, closed_at = p_now where id = any(p_ids);
end
$fn$`;

/** Releases every hold past its expiry, a batch at a time; other sweepers skip locked rows. */
const RELEASE_EXPIRED = `
create function ledger_release_expired(p_now timestamptz, p_limit integer, p_counters boolean)
returns text[] language plpgsql as $fn$
declare
  v_ids text[];
begin
  select coalesce(array_agg(id), '{}') into v_ids from (
    select id from ledger_redemptions
    where state = 'held' and expires_at <= p_now
    order by expires_at limit p_limit
    for update skip locked) s;

  if cardinality(v_ids) > 0 then
    perform ledger_release(v_ids, 'expired', p_now, p_counters);
  end if;
  return v_ids;
end
$fn$`;

const CANCEL = `
create function ledger_cancel(p_id text, p_now timestamptz, p_counters boolean)
returns jsonb language plpgsql as $fn$
declare
  r record;
begin
  select state into r from ledger_redemptions where id = p_id for update;
  if not found then
    return jsonb_build_object('status', 'not-found');
  end if;
  if r.state = 'held' then
    perform ledger_release(array[p_id], 'cancelled', p_now, p_counters);
    return jsonb_build_object('status', 'cancelled', 'state', 'cancelled');
  end if;
  if r.state in ('cancelled', 'expired') then
    return jsonb_build_object('status', 'cancelled', 'state', r.state);
  end if;
  return jsonb_build_object('status', 'refused', 'state', r.state);
end
$fn$`;

const COMPLETE = `
create function ledger_complete(
  p_id text, p_paid_at timestamptz, p_paid_amount bigint, p_paid_day date,
  p_grants jsonb, p_completion jsonb, p_now timestamptz, p_counters boolean
) returns jsonb language plpgsql as $fn$
declare
  r record;
  v_customer text;
begin
  select state, expires_at, customer_key, completion into r
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
  if r.state <> 'held' then
    return jsonb_build_object('status', 'refused', 'state', r.state);
  end if;
  v_customer := r.customer_key;

  if p_counters then
    perform 1 from ledger_counters
    where key in (select key from ledger_redemption_claims where redemption_id = p_id)
    order by key for update;

    update ledger_counters c set held = c.held - rc.amount, used = c.used + rc.amount
    from ledger_redemption_claims rc
    where rc.redemption_id = p_id and rc.key = c.key;
  end if;

  ${INSERT_GRANTS}

  -- A voucher this order paid with (claim 'voucher:<grant id>') is used by this order.
  update ledger_grants g set state = 'used', used_by = p_id, used_at = p_paid_at
  from ledger_redemption_claims rc
  where rc.redemption_id = p_id and rc.key = 'voucher:' || g.id and g.state = 'active';

  if v_customer is not null then
    insert into ledger_customer_days as d (customer_key, day, paid_amount)
    values (v_customer, p_paid_day, p_paid_amount)
    on conflict (customer_key, day)
      do update set paid_amount = d.paid_amount + excluded.paid_amount;
  end if;

  update ledger_redemptions
  set state = 'completed', completed_at = p_now, paid_amount = p_paid_amount,
      paid_day = p_paid_day, completion = p_completion
  where id = p_id;
  return p_completion;
end
$fn$`;

/** Kinds whose use stays counted after a refund: the customer did use the offer. */
const KEPT_ON_REFUND = `('per-customer', 'instrument', 'claim')`;

const REFUND = `
create function ledger_refund(p_id text, p_at timestamptz, p_at_text text, p_counters boolean)
returns jsonb language plpgsql as $fn$
declare
  r record;
  v_returned jsonb;
  v_revoked jsonb;
  v_used jsonb;
  v_result jsonb;
begin
  select state, customer_key, paid_amount, paid_day, refund into r
  from ledger_redemptions where id = p_id for update;
  if not found then
    return jsonb_build_object('status', 'not-found');
  end if;
  if r.state = 'refunded' then
    return r.refund || '{"replayed": true}';
  end if;
  if r.state <> 'completed' then
    return jsonb_build_object('status', 'refused', 'state', r.state);
  end if;

  if p_counters then
    perform 1 from ledger_counters
    where key in (select key from ledger_redemption_claims
                  where redemption_id = p_id and kind not in ${KEPT_ON_REFUND})
    order by key for update;
  end if;

  if p_counters then
    update ledger_counters c set used = c.used - rc.amount
    from ledger_redemption_claims rc
    where rc.redemption_id = p_id and rc.key = c.key and rc.kind not in ${KEPT_ON_REFUND};
  end if;

  select coalesce(jsonb_agg(jsonb_build_object('key', key, 'amount', amount) order by key), '[]')
  into v_returned from ledger_redemption_claims
  where redemption_id = p_id and kind not in ${KEPT_ON_REFUND};

  with revoked as (
    update ledger_grants set state = 'revoked', revoked_at = p_at
    where redemption_id = p_id and state = 'active'
    returning id
  )
  select coalesce(jsonb_agg(id order by id), '[]') into v_revoked from revoked;

  select coalesce(jsonb_agg(jsonb_build_object('grantId', id, 'kind', kind, 'value', value,
      'usedBy', used_by) order by id), '[]')
  into v_used from ledger_grants where redemption_id = p_id and state = 'used';

  if r.customer_key is not null and r.paid_day is not null then
    update ledger_customer_days set paid_amount = paid_amount - r.paid_amount
    where customer_key = r.customer_key and day = r.paid_day;
  end if;

  v_result := jsonb_build_object('status', 'refunded', 'redemptionId', p_id,
    'refundedAt', p_at_text, 'paidAmount', coalesce(r.paid_amount, 0),
    'returned', v_returned, 'revoked', v_revoked, 'used', v_used);
  update ledger_redemptions set state = 'refunded', closed_at = p_at, refund = v_result
  where id = p_id;
  return v_result;
end
$fn$`;

export const LEDGER_FUNCTIONS: readonly string[] = [
  HOLD,
  RELEASE,
  RELEASE_EXPIRED,
  CANCEL,
  COMPLETE,
  REFUND,
];

export const LEDGER_FUNCTION_NAMES: readonly string[] = [
  'ledger_hold',
  'ledger_release_expired',
  'ledger_release',
  'ledger_cancel',
  'ledger_complete',
  'ledger_refund',
];
