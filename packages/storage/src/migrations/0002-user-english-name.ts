import type { Kysely } from 'kysely';

/** A user's name in English, for the shell in English; optional, the Chinese name stays. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('display_name_en', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('display_name_en').execute();
}
