import { sql, type Kysely } from 'kysely';
import { FUNCTIONS_0003, FUNCTIONS_0008 } from './0008-ledger-functions.js';

/**
 * Throughput of the ledger on PostgreSQL: holds commit without waiting for the disk, and a
 * completion's move from held to used goes to a striped table instead of the counter row.
 * A counter's use is `used` plus its moves, its held amount `held` minus them; `used + held`,
 * which the capacity check reads, is unchanged by a completion.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_counter_moves')
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('stripe', 'integer', (column) => column.notNull())
    .addColumn('amount', 'bigint', (column) => column.notNull().check(sql`amount >= 0`))
    .addPrimaryKeyConstraint('ledger_counter_moves_pkey', ['key', 'stripe'])
    .execute();

  for (const statement of FUNCTIONS_0008) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Folds every move back into its counter before the table goes.
  await sql`update ledger_counters c set used = c.used + m.amount, held = c.held - m.amount
    from (select key, sum(amount) as amount from ledger_counter_moves group by key) m
    where c.key = m.key`.execute(db);
  for (const statement of FUNCTIONS_0003) await sql.raw(statement).execute(db);
  await sql`drop function if exists ledger_fold_moves`.execute(db);
  await db.schema.dropTable('ledger_counter_moves').execute();
}
