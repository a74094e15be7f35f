/**
 * Calls of the ledger's SQL functions (migration 0003), shared by the SQL and Redis ledgers.
 * `counters` says whether PostgreSQL keeps the counters (true) or Redis does (false: the calls
 * then keep only redemptions, claims, grants and day totals).
 */
import { sql, type Kysely } from 'kysely';
import { toJson } from '../schema.js';
import type { GrantInput, LedgerClaim } from './Ledger.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Executor = Kysely<any>;

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

export function callHold(db: Executor, hold: HoldCall, counters: boolean) {
  const completion = hold.completion === undefined ? null : toJson(hold.completion);
  return call(
    db,
    sql`select ledger_hold(${hold.redemptionId}, ${hold.idempotencyKey}, ${hold.requestHash},
      ${hold.customerKey ?? null}, ${hold.expiresAt.toISOString()}::timestamptz,
      ${toJson(hold.answer ?? null)}::jsonb, ${claimsJson(hold.claims)}::jsonb,
      ${hold.now.toISOString()}::timestamptz, ${completion}::jsonb,
      ${grantsJson(hold.grants)}::jsonb, ${counters}) as result`,
  );
}

export interface CompleteCall {
  paidAt: Date;
  paidAmount: number;
  paidDay: string;
  grants: readonly GrantInput[];
  completion: unknown;
  now: Date;
}

export function callComplete(db: Executor, id: string, complete: CompleteCall, counters: boolean) {
  return call(
    db,
    sql`select ledger_complete(${id}, ${complete.paidAt.toISOString()}::timestamptz,
      ${complete.paidAmount}, ${complete.paidDay}::date, ${grantsJson(complete.grants)}::jsonb,
      ${toJson(complete.completion)}::jsonb, ${complete.now.toISOString()}::timestamptz,
      ${counters}) as result`,
  );
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
