import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DatabaseSchema } from './schema.js';

export interface DatabaseOptions {
  /** `postgres://…`: use that server. Absent: embedded PGlite under `dataDir`. */
  databaseUrl?: string;
  /** PGlite data folder (default `./data/pglite`); `memory://` keeps everything in memory. */
  dataDir?: string;
  /** Most PostgreSQL connections the pool opens (pg's default: 10). */
  poolSize?: number;
}

/** Runs `text` as the prepared statement `name`; answers its rows. */
export type PreparedQuery = (
  name: string,
  text: string,
  values: readonly unknown[],
) => Promise<Record<string, unknown>[]>;

export interface Database {
  db: Kysely<DatabaseSchema>;
  kind: 'postgres' | 'pglite';
  /**
   * PostgreSQL only: a statement prepared once per pooled connection, for the ledger's hot
   * calls, where Kysely's compile and the server's parse and plan of every call show up.
   */
  prepared?: PreparedQuery;
  /** Closes the pool or the embedded database; the handle is unusable afterwards. */
  close(): Promise<void>;
  /**
   * Calls `onNotice` on every notification of `channel` (PostgreSQL's LISTEN, on a connection
   * of its own); answers how to stop. PGlite has one process and no other writer: a no-op.
   */
  listen(channel: string, onNotice: () => void): Promise<() => Promise<void>>;
}

export const DEFAULT_PGLITE_DIR = './data/pglite';

/** Opens the database; call `migrateToLatest` before using it. */
export function createDatabase(options: DatabaseOptions = {}): Database {
  const { databaseUrl } = options;
  const kind = databaseUrl === undefined || databaseUrl === '' ? 'pglite' : 'postgres';
  const pool = kind === 'postgres' ? openPool(databaseUrl!, options.poolSize) : undefined;
  const dialect: Dialect =
    pool !== undefined
      ? new PostgresDialect({ pool })
      : new PGliteDialect(openPglite(options.dataDir ?? DEFAULT_PGLITE_DIR));
  const db = new Kysely<DatabaseSchema>({ dialect });

  const listen =
    kind === 'postgres'
      ? (channel: string, onNotice: () => void) => listenOn(databaseUrl!, channel, onNotice)
      : () => Promise.resolve(async () => {});

  return {
    db,
    kind,
    ...(pool === undefined ? {} : { prepared: preparedOn(pool) }),
    close: () => db.destroy(),
    listen,
  };
}

function preparedOn(pool: pg.Pool): PreparedQuery {
  return async (name, text, values) => {
    // Not pool.query(): it discards the connection on any SQL error (a refused hold is one),
    // and with it the statements prepared there. A broken connection is still discarded.
    const client = await pool.connect();
    try {
      const result = await client.query<Record<string, unknown>>({
        name,
        text,
        values: [...values],
      });
      return result.rows;
    } finally {
      client.release();
    }
  };
}

async function listenOn(connectionString: string, channel: string, onNotice: () => void) {
  const client = new pg.Client({ connectionString });
  // A dropped connection loses notifications; callers re-check on a timer for that case.
  client.on('error', () => undefined);
  client.on('notification', (message) => {
    if (message.channel === channel) onNotice();
  });
  await client.connect();
  await client.query(`listen ${pg.escapeIdentifier(channel)}`);
  return async () => {
    await client.end().catch(() => undefined);
  };
}

function openPool(connectionString: string, poolSize: number | undefined): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    ...(poolSize === undefined ? {} : { max: poolSize }),
  });
  // An idle connection the server closed (a restart, a dropped database) is an 'error' event
  // on the pool, which would end the process. The pool discards that connection and opens a
  // new one for the next query; a query that fails still rejects with its own error.
  pool.on('error', () => undefined);
  return pool;
}

function openPglite(dataDir: string): PGlite {
  if (dataDir.startsWith('memory://')) return new PGlite(dataDir);

  mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}
