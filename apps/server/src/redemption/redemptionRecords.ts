import { sql } from 'kysely';
import type { Database, RedemptionState } from '@campaign-studio/storage';
import type { StoredAnswer } from './StoredAnswer.js';

/** A redemption as the ledger keeps it: what the server needs to replay or complete it. */
export interface RedemptionRecord {
  id: string;
  idempotencyKey: string;
  requestHash: string;
  state: RedemptionState;
  answer: StoredAnswer;
}

/**
 * What completing and the visibility checks read of a redemption: its state, the order as
 * redeemed, and of the answer only the payable and the hold's end. A whole record is one; so
 * is the smaller copy `HeldOrders` keeps in memory.
 */
export interface OrderRecord {
  id: string;
  state: RedemptionState;
  answer: {
    order: StoredAnswer['order'];
    response: Pick<StoredAnswer['response'], 'payable' | 'expiresAt'>;
  };
}

interface Row {
  id: string;
  idempotency_key: string;
  request_hash: string;
  state: RedemptionState;
  answer: StoredAnswer;
}

const toRecord = (row: Row): RedemptionRecord => ({
  id: row.id,
  idempotencyKey: row.idempotency_key,
  requestHash: row.request_hash,
  state: row.state,
  answer: row.answer,
});

/**
 * The ledger writes redemptions through its SQL functions; reading one back needs no lock, so
 * the server reads the table itself (the ledger's interface has no read of one redemption).
 */
export async function findRedemptionByKey(
  database: Database,
  idempotencyKey: string,
): Promise<RedemptionRecord | undefined> {
  const { rows } = await sql<Row>`select id, idempotency_key, request_hash, state, answer
    from ledger_redemptions where idempotency_key = ${idempotencyKey}`.execute(database.db);
  return rows[0] === undefined ? undefined : toRecord(rows[0]);
}

export async function findRedemption(
  database: Database,
  redemptionId: string,
): Promise<RedemptionRecord | undefined> {
  const { rows } = await sql<Row>`select id, idempotency_key, request_hash, state, answer
    from ledger_redemptions where id = ${redemptionId}`.execute(database.db);
  return rows[0] === undefined ? undefined : toRecord(rows[0]);
}
