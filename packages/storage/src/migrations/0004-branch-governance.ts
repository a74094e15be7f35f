import { sql, type Kysely } from 'kysely';

/**
 * What HQ and its branches need to work together: each campaign's place in its life cycle
 * with the steps that led there, HQ's template bounds, the audit log, and failed logins
 * counted per username and per address so that a lockout holds across server processes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('campaigns')
    .addColumn('lifecycle', 'text', (column) =>
      column
        .notNull()
        .defaultTo('draft')
        .check(sql`lifecycle in ('draft', 'submitted', 'approved', 'paused', 'ended')`),
    )
    .execute();
  // Campaigns published before approval existed were approved by whoever published them.
  await sql`update campaigns set lifecycle = 'approved' where status = 'published'`.execute(db);

  await db.schema
    .createTable('campaign_events')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('campaign_id', 'text', (column) =>
      column.notNull().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.references('users.id'))
    .addColumn('from_status', 'text', (column) => column.notNull())
    .addColumn('to_status', 'text', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('version', 'integer')
    .execute();
  await db.schema
    .createIndex('campaign_events_campaign')
    .on('campaign_events')
    .columns(['campaign_id', 'id'])
    .execute();

  await db.schema
    .createTable('template_bounds')
    .addColumn('template_id', 'text', (column) => column.primaryKey())
    .addColumn('bounds', 'jsonb', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.references('users.id'))
    .execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('branch_id', 'text')
    .addColumn('entity_type', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('diff', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex('audit_entries_at').on('audit_entries').column('at').execute();
  await db.schema
    .createIndex('audit_entries_entity')
    .on('audit_entries')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('login_throttles')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .addColumn('window_started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['login_throttles', 'audit_entries', 'template_bounds', 'campaign_events']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('campaigns').dropColumn('lifecycle').execute();
}
