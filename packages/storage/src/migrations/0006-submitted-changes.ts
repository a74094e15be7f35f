import type { Kysely } from 'kysely';

/**
 * A change of a live campaign can be submitted for approval while the published version keeps
 * running: the campaign's status stays as it is, and this flag puts it in the approval queue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('campaigns')
    .addColumn('change_submitted', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaigns').dropColumn('change_submitted').execute();
}
