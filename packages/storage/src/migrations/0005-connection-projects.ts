import { sql, type Kysely } from 'kysely';

/**
 * Connection projects (W2) with the stage in progress, the alerts the daily check raised for
 * late stages, and the days the check has run, so that a server that was down catches up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('connection_projects')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('branch_id', 'text', (column) => column.notNull().references('branches.id'))
    .addColumn('customer', 'text', (column) => column.notNull())
    .addColumn('account_manager', 'text', (column) => column.notNull())
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('stage_started_on', 'date', (column) => column.notNull())
    .addColumn('finished_on', 'date')
    .addColumn('campaign_id', 'text', (column) => column.notNull().references('campaigns.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'connection_projects_finished_after_start',
      sql`finished_on is null or finished_on >= stage_started_on`,
    )
    .execute();
  await db.schema
    .createIndex('connection_projects_branch_id')
    .on('connection_projects')
    .column('branch_id')
    .execute();

  // One alert per project, stage and day: a check run twice, or by two processes, adds one.
  await db.schema
    .createTable('stage_alerts')
    .addColumn('project_id', 'text', (column) =>
      column.notNull().references('connection_projects.id').onDelete('cascade'),
    )
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('stage_name', 'jsonb', (column) => column.notNull())
    .addColumn('deadline', 'date', (column) => column.notNull())
    .addColumn('days_late', 'integer', (column) => column.notNull().check(sql`days_late > 0`))
    .addColumn('first', 'boolean', (column) => column.notNull())
    .addColumn('account_manager', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stage_alerts_pkey', ['project_id', 'stage', 'day'])
    .execute();
  await db.schema.createIndex('stage_alerts_day').on('stage_alerts').column('day').execute();

  await db.schema
    .createTable('stage_checks')
    .addColumn('timezone', 'text', (column) => column.notNull())
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('alerts', 'integer', (column) => column.notNull())
    .addColumn('checked_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stage_checks_pkey', ['timezone', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['stage_checks', 'stage_alerts', 'connection_projects']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
