/**
 * Calls of the ledger's SQL functions (migrations 0003, 0008, 0010), shared by the SQL and Redis
 * ledgers.
 * `counters` says whether PostgreSQL keeps the counters (true) or Redis does (false: the calls
 * then keep only redemptions, claims, grants and day totals).
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { PreparedQuery } from '../createDatabase.js';
import { toJson } from '../schema.js';
import type { GrantInput, LedgerClaim } from './Ledger.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Executor = Kysely<any>;

/**
 * Where the hot calls (hold, complete) run: as a statement prepared on each PostgreSQL
 * connection when `prepared` is there, else through Kysely (PGlite, or a transaction).
 */
export interface CallTarget {
  db: Executor;
  prepared?: PreparedQuery | undefined;
}

export interface HoldCall {
  redemptionId: string;
  idempotencyKey: string;
  requestHash: string;
  customerKey: string | undefined;
  expiresAt: Date;
  answer: unknown;
  claims: readonly LedgerClaim[];
  now: Date;
  /** Present for a claim that goes straight to use (R5). */
  completion?: unknown;
  grants?: readonly GrantInput[];
}

/** The raw JSON a ledger function answered. */
export type FunctionAnswer = Record<string, unknown> & { status: string };

async function call(db: Executor, query: ReturnType<typeof sql>): Promise<FunctionAnswer> {
  const { rows } = await query.execute(db);
  return (rows[0] as { result: FunctionAnswer }).result;
}

/** One function call with its parameters as they are: no query builder in between. */
async function callPlain(
  target: CallTarget,
  name: string,
  text: string,
  values: unknown[],
): Promise<FunctionAnswer> {
  const rows =
    target.prepared === undefined
      ? (await target.db.executeQuery(CompiledQuery.raw(text, values))).rows
      : await target.prepared(name, text, values);
  return (rows[0] as { result: FunctionAnswer }).result;
}

export function claimsJson(claims: readonly LedgerClaim[]): string {
  return toJson(
    claims.map((claim) => ({
      key: claim.key,
      kind: claim.kind,
      unit: claim.unit,
      capacity: claim.capacity,
      amount: claim.amount,
      label: claim.label,
      campaign_id: claim.campaignId ?? null,
    })),
  );
}

function grantsJson(grants: readonly GrantInput[] | undefined): string {
  return toJson(
    (grants ?? []).map((grant) => ({
      id: grant.id,
      kind: grant.kind,
      value: grant.value,
      details: grant.details ?? {},
      seed: grant.seed ?? null,
    })),
  );
}

const HOLD_SQL = `select ledger_hold($1, $2, $3, $4, $5::timestamptz, $6::jsonb, $7::jsonb,
  $8::timestamptz, $9::jsonb, $10::jsonb, $11) as result`;

export function callHold(target: CallTarget, hold: HoldCall, counters: boolean) {
  const completion = hold.completion === undefined ? null : toJson(hold.completion);
  return callPlain(target, 'ledger_hold', HOLD_SQL, [
    hold.redemptionId,
    hold.idempotencyKey,
    hold.requestHash,
    hold.customerKey ?? null,
    hold.expiresAt.toISOString(),
    toJson(hold.answer ?? null),
    claimsJson(hold.claims),
    hold.now.toISOString(),
    completion,
    grantsJson(hold.grants),
    counters,
  ]);
}

export interface CompleteCall {
  paidAt: Date;
  paidAmount: number;
  paidDay: string;
  grants: readonly GrantInput[];
  completion: unknown;
  now: Date;
}

const COMPLETE_SQL = `select ledger_complete($1, $2::timestamptz, $3, $4::date, $5::jsonb,
  $6::jsonb, $7::timestamptz, $8) as result`;

export function callComplete(
  target: CallTarget,
  id: string,
  complete: CompleteCall,
  counters: boolean,
) {
  return callPlain(target, 'ledger_complete', COMPLETE_SQL, [
    id,
    complete.paidAt.toISOString(),
    complete.paidAmount,
    complete.paidDay,
    grantsJson(complete.grants),
    toJson(complete.completion),
    complete.now.toISOString(),
    counters,
  ]);
}

export function callCancel(db: Executor, id: string, now: Date, counters: boolean) {
  return call(
    db,
    sql`select ledger_cancel(${id}, ${now.toISOString()}::timestamptz, ${counters}) as result`,
  );
}

export function callRefund(db: Executor, id: string, at: Date, counters: boolean) {
  const iso = at.toISOString();
  return call(
    db,
    sql`select ledger_refund(${id}, ${iso}::timestamptz, ${iso}, ${counters}) as result`,
  );
}

/** Expires one batch of holds; the ids it expired (empty when none were due). */
export async function callReleaseExpired(
  db: Executor,
  now: Date,
  limit: number,
  counters: boolean,
): Promise<string[]> {
  const { rows } = await sql<{ ids: string[] }>`select ledger_release_expired(
      ${now.toISOString()}::timestamptz, ${limit}, ${counters}) as ids`.execute(db);
  return rows[0]?.ids ?? [];
}
