/**
 * A draw from a prize pool, in one transaction that locks the pool's counters (in key order)
 * while `pick` chooses, so that parallel draws never give a prize more often than its quantity.
 * The draw is recorded with its seed and what was left, and drawing again with the same id
 * returns the record instead of drawing.
 */
import { sql } from 'kysely';
import { isUniqueViolation } from '../StorageError.js';
import { toJson } from '../schema.js';
import type { DrawRecord, DrawRequest, PrizeLeft } from './Ledger.js';
import { invalidInput, requireInteger, requireText } from './ledgerInput.js';
import type { Executor } from './sqlCalls.js';

interface DrawRow {
  id: string;
  redemption_id: string | null;
  seed: string;
  prize: string | null;
  seen: PrizeLeft[];
}

function toRecord(row: DrawRow, replayed: boolean): DrawRecord {
  return {
    drawId: row.id,
    seed: row.seed,
    seen: row.seen,
    replayed,
    ...(row.redemption_id === null ? {} : { redemptionId: row.redemption_id }),
    ...(row.prize === null ? {} : { prize: row.prize }),
  };
}

async function recorded(db: Executor, drawId: string): Promise<DrawRecord | undefined> {
  const { rows } = await sql<DrawRow>`select * from ledger_draws where id = ${drawId}`.execute(db);
  return rows[0] === undefined ? undefined : toRecord(rows[0], true);
}

function checkDraw(request: DrawRequest): void {
  requireText(request.drawId, 'drawId');
  requireText(request.seed, 'seed');
  if (!Array.isArray(request.prizes) || request.prizes.length === 0) {
    throw invalidInput('prizes', '至少需要一个奖品', 'needs at least one prize');
  }
  request.prizes.forEach((prize, index) => {
    requireText(prize.key, `prizes[${index}].key`);
    if (!('unlimited' in prize)) requireInteger(prize.capacity, `prizes[${index}].capacity`, 0);
  });
}

export async function drawInTransaction(
  db: Executor,
  request: DrawRequest,
  now: Date,
): Promise<DrawRecord> {
  checkDraw(request);
  const earlier = await recorded(db, request.drawId);
  if (earlier !== undefined) return earlier;

  try {
    return await db.transaction().execute((trx) => drawOnce(trx, request, now));
  } catch (error) {
    // Another process recorded the same draw id first: its result is the answer.
    const raced = isUniqueViolation(error) ? await recorded(db, request.drawId) : undefined;
    if (raced !== undefined) return raced;
    throw error;
  }
}

async function drawOnce(trx: Executor, request: DrawRequest, now: Date): Promise<DrawRecord> {
  const limited = request.prizes.filter((prize) => !('unlimited' in prize));
  const left = new Map<string, number>();

  if (limited.length > 0) {
    const rows = limited.map((prize) => ({
      key: prize.key,
      capacity: 'capacity' in prize ? prize.capacity : 0,
      label: 'label' in prize ? prize.label : { 'zh-CN': prize.key, en: prize.key },
    }));
    // Creates missing counters and locks all of them in key order; the latest capacity wins.
    const locked = await sql<{ key: string; left: string | number }>`
      insert into ledger_counters as c (key, kind, unit, capacity, label)
      select x.key, 'prize', 'count', x.capacity, x.label
      from jsonb_to_recordset(${toJson(rows)}::jsonb) as x(key text, capacity bigint, label jsonb)
      order by x.key
      on conflict (key) do update set capacity = greatest(excluded.capacity, c.used + c.held)
      returning key, greatest(capacity - used - held, 0) as left`.execute(trx);
    for (const row of locked.rows) left.set(row.key, Number(row.left));
  }

  const seen: PrizeLeft[] = request.prizes
    .map((prize): PrizeLeft => ({
      key: prize.key,
      left: 'unlimited' in prize ? 'unlimited' : (left.get(prize.key) ?? 0),
    }))
    .filter((prize) => prize.left === 'unlimited' || prize.left > 0);
  const prize = seen.length === 0 ? undefined : request.pick(seen);

  if (prize !== undefined && !seen.some((option) => option.key === prize)) {
    throw invalidInput('pick', `选中的奖品 ${prize} 已无剩余`, `chose ${prize}, which is not left`);
  }
  if (prize !== undefined && left.has(prize)) {
    await sql`update ledger_counters set used = used + 1 where key = ${prize}`.execute(trx);
  }

  const { rows } = await sql<DrawRow>`insert into ledger_draws
      (id, redemption_id, seed, prize, seen, drawn_at)
    values (${request.drawId}, ${request.redemptionId ?? null}, ${request.seed}, ${prize ?? null},
      ${toJson(seen)}::jsonb, ${now.toISOString()}::timestamptz)
    returning *`.execute(trx);
  return toRecord(rows[0]!, false);
}

/** `Ledger.returnDraws`: the prizes of a closed redemption's draws back to their pools. */
export async function returnDrawsOf(db: Executor, redemptionId: string, now: Date) {
  requireText(redemptionId, 'redemptionId');
  const { rows } = await sql<{ returned: number }>`select ledger_return_draws(
      array[${redemptionId}]::text[], ${now.toISOString()}::timestamptz) as returned`.execute(db);
  return Number(rows[0]?.returned ?? 0);
}
