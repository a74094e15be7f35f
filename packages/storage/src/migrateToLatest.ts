import { Migrator, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.js';
import { migrationProvider } from './migrations/migrationProvider.js';
import { StorageError } from './StorageError.js';

/**
 * Brings the schema up to date; running it again is a no-op. Kysely's migrator takes a lock,
 * so several server processes starting at once migrate only once.
 * @returns the names of the migrations this call applied.
 */
export async function migrateToLatest(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');

  if (error !== undefined) {
    const name = failed?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw new StorageError('MIGRATION_FAILED', `Migration ${name} failed: ${reason}`, {
      cause: error,
    });
  }

  return results.filter((result) => result.status === 'Success').map((r) => r.migrationName);
}
