/** Reads of the ledger tables, and the one grant write that needs no counter. */
import { sql } from 'kysely';
import { StorageError } from '../StorageError.js';
import type { CounterState, GrantRecord } from './Ledger.js';
import type { Executor } from './sqlCalls.js';

interface CounterRow {
  key: string;
  kind: string;
  unit: 'fen' | 'count';
  capacity: string | number;
  used: string | number;
  held: string | number;
  label: CounterState['label'];
}

export async function readCounters(
  db: Executor,
  keys: readonly string[],
): Promise<Map<string, CounterState>> {
  const found = new Map<string, CounterState>();
  if (keys.length === 0) return found;

  // Completions move held to used in stripes (migration 0008): a counter is its row plus them.
  const { rows } = await sql<CounterRow>`select c.key, c.kind, c.unit, c.capacity,
      c.used + coalesce(m.amount, 0) as used, c.held - coalesce(m.amount, 0) as held, c.label
    from ledger_counters c
    left join (select key, sum(amount) as amount from ledger_counter_moves
      where key in (${sql.join(keys)}) group by key) m on m.key = c.key
    where c.key in (${sql.join(keys)})`.execute(db);
  for (const row of rows) {
    found.set(row.key, {
      ...row,
      capacity: Number(row.capacity),
      used: Number(row.used),
      held: Number(row.held),
    });
  }
  return found;
}

export function leftOf(counters: Map<string, CounterState>): Map<string, number> {
  const left = new Map<string, number>();
  for (const [key, counter] of counters) {
    left.set(key, Math.max(counter.capacity - counter.used - counter.held, 0));
  }
  return left;
}

export async function readPaidOn(db: Executor, customerKey: string, day: string) {
  const { rows } = await sql<{ paid: string | number }>`select paid_amount as paid
    from ledger_customer_days where customer_key = ${customerKey} and day = ${day}::date`.execute(
    db,
  );
  return rows.length === 0 ? 0 : Number(rows[0]!.paid);
}

interface GrantRow {
  id: string;
  redemption_id: string;
  customer_key: string | null;
  kind: string;
  value: string | number;
  details: Record<string, unknown>;
  seed: string | null;
  state: GrantRecord['state'];
  used_by: string | null;
}

function toGrant(row: GrantRow): GrantRecord {
  return {
    id: row.id,
    redemptionId: row.redemption_id,
    kind: row.kind,
    value: Number(row.value),
    details: row.details,
    state: row.state,
    ...(row.customer_key === null ? {} : { customerKey: row.customer_key }),
    ...(row.seed === null ? {} : { seed: row.seed }),
    ...(row.used_by === null ? {} : { usedBy: row.used_by }),
  };
}

export async function readGrants(db: Executor, redemptionId: string): Promise<GrantRecord[]> {
  const { rows } = await sql<GrantRow>`select * from ledger_grants
    where redemption_id = ${redemptionId} order by id`.execute(db);
  return rows.map(toGrant);
}

/**
 * Marks an active grant used; marking it again by the same redemption answers the same. A
 * revoked grant, or one used by another redemption, is refused with its state.
 */
export async function markUsed(
  db: Executor,
  grantId: string,
  byRedemptionId: string,
  now: Date,
): Promise<GrantRecord> {
  const { rows } = await sql<GrantRow>`update ledger_grants
    set state = 'used', used_by = ${byRedemptionId}, used_at = ${now.toISOString()}::timestamptz
    where id = ${grantId} and state = 'active' returning *`.execute(db);
  if (rows[0] !== undefined) return toGrant(rows[0]);

  const existing = await sql<GrantRow>`select * from ledger_grants where id = ${grantId}`.execute(
    db,
  );
  const grant = existing.rows[0];
  if (grant === undefined) {
    throw new StorageError('NOT_FOUND', `No grant ${grantId}`, {
      localized: { 'zh-CN': `没有权益 ${grantId}。`, en: `There is no grant ${grantId}.` },
      reason: 'no-grant',
    });
  }
  if (grant.state === 'used' && grant.used_by === byRedemptionId) return toGrant(grant);

  const state = grant.state === 'used' ? `used by ${grant.used_by}` : grant.state;
  throw new StorageError('CONFLICT', `Grant ${grantId} is ${state}`, {
    localized: {
      'zh-CN': `权益 ${grantId} 已${grant.state === 'used' ? '被使用' : '作废'}，不能再用。`,
      en: `Grant ${grantId} is ${state} and cannot be used again.`,
    },
    reason: `grant-${grant.state}`,
  });
}

export function notFound(redemptionId: string): StorageError {
  return new StorageError('NOT_FOUND', `No redemption ${redemptionId}`, {
    localized: {
      'zh-CN': `没有核销单 ${redemptionId}，请检查 redemptionId。`,
      en: `There is no redemption ${redemptionId}; check redemptionId.`,
    },
    reason: 'no-redemption',
  });
}
