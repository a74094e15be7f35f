import { sql, type Kysely } from 'kysely';
import { LEDGER_FUNCTION_NAMES, LEDGER_FUNCTIONS } from './0003-ledger-functions.js';

/**
 * The redemption ledger: counters (budgets, stock, uses, caps), redemptions with the claims they
 * hold, grants they earned, draws, and each customer's paid total per local day. The CHECK
 * constraints keep a counter between zero and its capacity even if code above them is wrong.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_counters')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('unit', 'text', (column) => column.notNull().check(sql`unit in ('fen', 'count')`))
    .addColumn('capacity', 'bigint', (column) => column.notNull().check(sql`capacity >= 0`))
    .addColumn('used', 'bigint', (column) =>
      column
        .notNull()
        .defaultTo(0)
        .check(sql`used >= 0`),
    )
    .addColumn('held', 'bigint', (column) =>
      column
        .notNull()
        .defaultTo(0)
        .check(sql`held >= 0`),
    )
    .addColumn('label', 'jsonb', (column) => column.notNull())
    .addColumn('campaign_id', 'text')
    .addCheckConstraint('ledger_counters_within_capacity', sql`used + held <= capacity`)
    .execute();

  await db.schema
    .createTable('ledger_redemptions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
    .addColumn('request_hash', 'text', (column) => column.notNull())
    .addColumn('customer_key', 'text')
    .addColumn('state', 'text', (column) =>
      column
        .notNull()
        .check(sql`state in ('held', 'completed', 'cancelled', 'expired', 'refunded')`),
    )
    .addColumn('answer', 'jsonb')
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('completed_at', 'timestamptz')
    .addColumn('paid_amount', 'bigint', (column) => column.check(sql`paid_amount >= 0`))
    .addColumn('paid_day', 'date')
    .addColumn('completion', 'jsonb')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('refund', 'jsonb')
    .execute();
  await sql`create index ledger_redemptions_held_expiry on ledger_redemptions (expires_at)
    where state = 'held'`.execute(db);

  await db.schema
    .createTable('ledger_redemption_claims')
    .addColumn('redemption_id', 'text', (column) =>
      column.notNull().references('ledger_redemptions.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('amount', 'bigint', (column) => column.notNull().check(sql`amount > 0`))
    .addPrimaryKeyConstraint('ledger_redemption_claims_pkey', ['redemption_id', 'key'])
    .execute();
  await db.schema
    .createIndex('ledger_redemption_claims_key')
    .on('ledger_redemption_claims')
    .column('key')
    .execute();

  await db.schema
    .createTable('ledger_grants')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('redemption_id', 'text', (column) =>
      column.notNull().references('ledger_redemptions.id'),
    )
    .addColumn('customer_key', 'text')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('value', 'bigint', (column) => column.notNull().check(sql`value >= 0`))
    .addColumn('details', 'jsonb', (column) => column.notNull())
    .addColumn('seed', 'text')
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('active', 'used', 'revoked')`),
    )
    .addColumn('used_by', 'text')
    .addColumn('used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('ledger_grants_redemption')
    .on('ledger_grants')
    .column('redemption_id')
    .execute();

  await db.schema
    .createTable('ledger_draws')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('redemption_id', 'text')
    .addColumn('seed', 'text', (column) => column.notNull())
    .addColumn('prize', 'text')
    .addColumn('seen', 'jsonb', (column) => column.notNull())
    .addColumn('drawn_at', 'timestamptz', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('ledger_customer_days')
    .addColumn('customer_key', 'text', (column) => column.notNull())
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('paid_amount', 'bigint', (column) => column.notNull().check(sql`paid_amount >= 0`))
    .addPrimaryKeyConstraint('ledger_customer_days_pkey', ['customer_key', 'day'])
    .execute();

  for (const statement of LEDGER_FUNCTIONS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of LEDGER_FUNCTION_NAMES) {
    await sql.raw(`drop function if exists ${name}`).execute(db);
  }
  for (const table of [
    'ledger_customer_days',
    'ledger_draws',
    'ledger_grants',
    'ledger_redemption_claims',
    'ledger_redemptions',
    'ledger_counters',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
