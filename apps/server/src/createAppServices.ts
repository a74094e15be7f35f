import { join } from 'node:path';
import {
  createDatabase,
  createLedger,
  createRepositories,
  migrateToLatest,
  type Database,
} from '@campaign-studio/storage';
import type { Logger } from 'pino';
import type { AppServices } from './AppServices.js';
import { DEFAULT_PLUGINS } from '@campaign-studio/sdk/node';
import { createServerCaches, watchedDatabase } from './caches/ServerCaches.js';
import { loadConfiguredPlugins } from './plugins/loadConfiguredPlugins.js';
import { seedDemoData } from './seed/seedDemoData.js';
import { seedDemoProject } from './seed/seedDemoProject.js';
import { syncTemplates } from './seed/syncTemplates.js';

export interface AppServicesOptions {
  /** PostgreSQL; absent means embedded PGlite under `dataDir`. */
  databaseUrl?: string;
  /** Data folder (PGlite lives in `<dataDir>/pglite`), or `memory://`. Default `./data`. */
  dataDir?: string;
  /** Seed demo branches, logins and customers when the database is empty. */
  seed?: boolean;
  /** With `seed`: also a late demo connection project and its campaign (for `npm start`). */
  demoProjects?: boolean;
  /** Plugin package names or module paths; default core and e-commerce. */
  plugins?: readonly string[];
  logger: Logger;
  clock?: () => Date;
  sessionTtlMs?: number;
  /** Redis for the ledger's counters (`REDIS_URL`); absent keeps them in the database. */
  redisUrl?: string;
  /** Key prefix of the ledger in Redis (default `ledger:`). */
  redisPrefix?: string;
  /** How long a redemption's hold lasts (default 15 minutes, `REDEMPTION_HOLD_MINUTES`). */
  holdMinutes?: number;
  /** Most PostgreSQL connections (default 20, `DATABASE_POOL_SIZE`). */
  poolSize?: number;
}

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;
const DEFAULT_HOLD_MINUTES = 15;
/**
 * Redeem and complete spend most of their time waiting on the database: with 16 checkouts
 * and more, pg's default of 10 connections queues them (docs/benchmarks.md, Redemption).
 */
export const DEFAULT_POOL_SIZE = 20;

/** Opens and migrates the database, loads the plugins, stores their templates, seeds. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { logger } = options;
  const opened = openDatabase(options);
  const caches = createServerCaches();
  let database: Database = opened;
  try {
    database = await watchedDatabase(opened, caches);
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

    const repositories = createRepositories(database.db);
    const { registry, refused } = await loadConfiguredPlugins(
      options.plugins ?? DEFAULT_PLUGINS,
      logger,
    );
    const templates = await syncTemplates(registry, repositories);
    if (templates.length > 0) logger.info({ templates }, 'templates stored');
    if (options.seed === true && (await seedDemoData(database))) {
      logger.info('demo data seeded into the empty database');
    }
    const clock = options.clock ?? (() => new Date());
    if (options.seed === true && options.demoProjects === true) {
      if (await seedDemoProject(registry, repositories, clock)) {
        logger.info('demo connection project seeded');
      }
    }

    const ledger = createLedger(database, {
      clock,
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
      ...(options.redisPrefix ? { redisPrefix: options.redisPrefix } : {}),
    });

    return {
      database,
      repositories,
      registry,
      refused,
      logger,
      clock,
      sessionTtlMs: options.sessionTtlMs ?? TWELVE_HOURS_MS,
      ledger,
      holdMs: (options.holdMinutes ?? DEFAULT_HOLD_MINUTES) * 60_000,
      caches,
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function openDatabase(options: AppServicesOptions): Database {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    return createDatabase({
      databaseUrl: options.databaseUrl,
      poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    });
  }

  const dataDir = options.dataDir ?? './data';
  const pgliteDir = dataDir.startsWith('memory://') ? dataDir : join(dataDir, 'pglite');
  return createDatabase({ dataDir: pgliteDir });
}
