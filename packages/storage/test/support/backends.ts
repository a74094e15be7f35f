/**
 * The databases a storage or server suite runs against: PGlite in memory always, and a
 * scratch PostgreSQL database when the server is there (see `probePostgres`).
 */
import { createDatabase, type Database } from '../../src/index.js';
import { createScratchDatabase, probePostgres } from './postgres.js';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** Why this backend is skipped; absent when it runs. */
  skipReason?: string;
  /** Connection options for `createDatabase` / `startServer`, and cleanup. */
  open(): Promise<OpenedBackend>;
}

export interface OpenedBackend {
  databaseUrl?: string;
  dataDir?: string;
  /** Drops what `open` created (the scratch database); call after closing connections. */
  dispose(): Promise<void>;
}

export async function testBackends(): Promise<TestBackend[]> {
  const probe = await probePostgres();
  const pglite: TestBackend = {
    name: 'pglite',
    open: async () => ({ dataDir: 'memory://', dispose: async () => undefined }),
  };
  const postgres: TestBackend = {
    name: 'postgres',
    ...(probe.available ? {} : { skipReason: probe.reason }),
    open: async () => {
      const scratch = await createScratchDatabase(probe.adminUrl);
      return { databaseUrl: scratch.url, dispose: () => scratch.drop() };
    },
  };
  return [pglite, postgres];
}

/** Opens the backend's database; `close()` closes it and drops any scratch database. */
export async function openTestDatabase(backend: TestBackend): Promise<Database> {
  const opened = await backend.open();
  const database = createDatabase(opened);
  return {
    ...database,
    close: async () => {
      await database.close();
      await opened.dispose();
    },
  };
}

/** A suite title that says why it is skipped, so the reporter shows the reason. */
export function backendTitle(backend: TestBackend): string {
  return backend.skipReason === undefined
    ? backend.name
    : `${backend.name} (skipped: ${backend.skipReason})`;
}
