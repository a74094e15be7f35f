/**
 * The ledger on every backend a test can reach: PGlite in memory (one connection: checks the
 * logic), a fresh PostgreSQL database (many connections: checks the races), and PostgreSQL with
 * Redis counters under a key prefix of the test's own.
 */
import { createDatabase, migrateToLatest, type Database, type Ledger } from '../../../src/index.js';
import { createLedger } from '../../../src/ledger/createLedger.js';
import { testBackends, type TestBackend } from '../../support/backends.js';
import { deleteKeys, probeRedis, testKeyPrefix } from '../../support/redis.js';

export interface LedgerBackend {
  name: 'pglite' | 'postgres' | 'postgres+redis';
  skipReason?: string;
  open(options?: OpenOptions): Promise<OpenedLedger>;
}

export interface OpenOptions {
  clock?: () => Date;
  poolSize?: number;
}

export interface OpenedLedger {
  ledger: Ledger;
  database: Database;
  databaseUrl?: string;
  redisUrl?: string;
  redisPrefix?: string;
  /** Another ledger on the same data (a second server process in one test process). */
  reopen(options?: OpenOptions): Promise<{ ledger: Ledger; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function ledgerBackends(): Promise<LedgerBackend[]> {
  const [pglite, postgres] = await testBackends();
  const redis = await probeRedis();
  const redisSkip = postgres!.skipReason ?? (redis.available ? undefined : redis.reason);

  const open =
    (backend: TestBackend, withRedis: boolean) =>
    async (options: OpenOptions = {}) => {
      const opened = await backend.open();
      const poolSize = options.poolSize ?? 24;
      const database = createDatabase({ ...opened, poolSize });
      await migrateToLatest(database.db);

      const redisUrl = withRedis ? redis.url : undefined;
      const redisPrefix = withRedis ? testKeyPrefix() : undefined;
      const make = (database: Database, more: OpenOptions) =>
        createLedger(database, {
          ...(redisUrl === undefined ? {} : { redisUrl, redisPrefix }),
          ...(more.clock === undefined ? {} : { clock: more.clock }),
          reconcileEveryMs: 0,
        });
      const ledger = make(database, options);

      return {
        ledger,
        database,
        ...(opened.databaseUrl === undefined ? {} : { databaseUrl: opened.databaseUrl }),
        ...(redisUrl === undefined ? {} : { redisUrl, redisPrefix }),
        reopen: async (more: OpenOptions = {}) => {
          const second = createDatabase({ ...opened, poolSize: more.poolSize ?? poolSize });
          const other = make(second, more);
          return {
            ledger: other,
            close: async () => {
              await other.close();
              await second.close();
            },
          };
        },
        close: async () => {
          await ledger.close();
          await database.close();
          await opened.dispose();
          if (redisUrl !== undefined) await deleteKeys(redisUrl, redisPrefix!);
        },
      };
    };

  return [
    { name: 'pglite', open: open(pglite!, false) },
    {
      name: 'postgres',
      ...(postgres!.skipReason === undefined ? {} : { skipReason: postgres!.skipReason }),
      open: open(postgres!, false),
    },
    {
      name: 'postgres+redis',
      ...(redisSkip === undefined ? {} : { skipReason: redisSkip }),
      open: open(postgres!, true),
    },
  ];
}

export function ledgerTitle(backend: LedgerBackend): string {
  return backend.skipReason === undefined
    ? backend.name
    : `${backend.name} (skipped: ${backend.skipReason})`;
}
