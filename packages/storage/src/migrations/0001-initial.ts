import { sql, type Kysely } from 'kysely';

/** Branches, people, customers, templates and campaigns with their published versions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('branches')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name_zh', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('parent_id', 'text', (column) => column.references('branches.id'))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('username', 'text', (column) => column.notNull().unique())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) =>
      column
        .notNull()
        .check(sql`role in ('hq-admin', 'branch-manager', 'marketer', 'integrator', 'auditor')`),
    )
    .addColumn('branch_id', 'text', (column) => column.notNull().references('branches.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('branch_id', 'text', (column) => column.notNull().references('branches.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('phone', 'text')
    .addColumn('tier', 'text', (column) => column.notNull())
    .addColumn('tags', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex('customers_branch_id').on('customers').column('branch_id').execute();

  await db.schema
    .createTable('templates')
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().check(sql`version > 0`))
    .addColumn('plugin', 'text', (column) => column.notNull())
    .addColumn('definition', 'jsonb', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('templates_pkey', ['id', 'version'])
    .execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('branch_id', 'text', (column) => column.notNull().references('branches.id'))
    .addColumn('plugin', 'text', (column) => column.notNull())
    .addColumn('template_id', 'text')
    .addColumn('template_version', 'integer')
    .addColumn('template_params', 'jsonb')
    .addColumn('name', 'jsonb', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('draft', 'published')`),
    )
    .addColumn('revision', 'integer', (column) =>
      column
        .notNull()
        .defaultTo(1)
        .check(sql`revision > 0`),
    )
    .addColumn('document', 'jsonb', (column) => column.notNull())
    .addColumn('published_version', 'integer')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'text', (column) => column.references('users.id'))
    .execute();
  await db.schema
    .createIndex('campaigns_branch_status')
    .on('campaigns')
    .columns(['branch_id', 'status'])
    .execute();

  await db.schema
    .createTable('campaign_versions')
    .addColumn('campaign_id', 'text', (column) =>
      column.notNull().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (column) => column.notNull().check(sql`version > 0`))
    .addColumn('document', 'jsonb', (column) => column.notNull())
    .addColumn('published_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('published_by', 'text', (column) => column.references('users.id'))
    .addPrimaryKeyConstraint('campaign_versions_pkey', ['campaign_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'campaign_versions',
    'campaigns',
    'templates',
    'customers',
    'sessions',
    'users',
    'branches',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
