import { sql, type Kysely } from 'kysely';
import { FUNCTIONS_0010, FUNCTIONS_BEFORE_0010 } from './0010-ledger-functions.js';

/**
 * Less work per hold and completion (see 0010-ledger-functions.ts), and two things every hold
 * wrote that nothing needs:
 *
 * - the foreign key from claims to redemptions: it checked each claim row with a query that
 *   also locked the redemption row (a WAL record per claim). Claims are written by
 *   `ledger_hold` alone, in the statement that inserts their redemption, and redemptions are
 *   never deleted; the primary key (redemption_id, key) stays.
 * - the index on claims by key alone: no query reads claims by key without their redemption,
 *   and every hold added an entry per claim, all of them for a hot budget on one leaf page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_redemption_claims
    drop constraint ledger_redemption_claims_redemption_id_fkey`.execute(db);
  await sql`drop index ledger_redemption_claims_key`.execute(db);
  for (const statement of FUNCTIONS_0010) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of FUNCTIONS_BEFORE_0010) await sql.raw(statement).execute(db);
  await sql`create index ledger_redemption_claims_key on ledger_redemption_claims (key)`.execute(
    db,
  );
  await sql`alter table ledger_redemption_claims
    add constraint ledger_redemption_claims_redemption_id_fkey foreign key (redemption_id)
    references ledger_redemptions (id) on delete cascade`.execute(db);
}
