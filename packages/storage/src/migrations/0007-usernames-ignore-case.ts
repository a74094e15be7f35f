import { sql, type Kysely } from 'kysely';

/**
 * Usernames are one name whatever their case: the server stores them in lower case, and this
 * index refuses a second "Alice" beside "alice" even when a row was written another way.
 * (It fails to build if two existing usernames differ only in case: rename one first.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('users_username_lower')
    .on('users')
    .unique()
    .expression(sql`lower(username)`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_username_lower').execute();
}
