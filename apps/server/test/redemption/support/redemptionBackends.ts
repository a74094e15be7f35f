/**
 * The backends a redemption suite runs on: PGlite in memory, PostgreSQL, and PostgreSQL with
 * the ledger's counters in Redis, each skipped with its reason when the service is absent.
 */
import {
  deleteKeys,
  probeRedis,
  testBackends,
  testKeyPrefix,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import { createAppServices } from '../../../src/createAppServices.js';
import type { AppServices } from '../../../src/AppServices.js';
import { silentLogger } from '../../support/testServices.js';

export interface RedemptionBackend {
  name: 'pglite' | 'postgres' | 'postgres+redis';
  skipReason?: string;
  open(extra?: { clock?: () => Date; holdMinutes?: number }): Promise<OpenedServices>;
}

export interface OpenedServices {
  services: AppServices;
  /** Where the data is, for server processes started on the same database. */
  databaseUrl?: string;
  redisUrl?: string;
  redisPrefix?: string;
  close(): Promise<void>;
}

export async function redemptionBackends(): Promise<RedemptionBackend[]> {
  const [pglite, postgres] = await testBackends();
  const redis = await probeRedis();
  const open =
    (name: RedemptionBackend['name'], backend = name === 'pglite' ? pglite! : postgres!) =>
    async (extra: { clock?: () => Date; holdMinutes?: number } = {}) => {
      const opened: OpenedBackend = await backend.open();
      const redisPrefix = name === 'postgres+redis' ? testKeyPrefix() : undefined;
      const services = await createAppServices({
        ...(opened.databaseUrl === undefined ? {} : { databaseUrl: opened.databaseUrl }),
        ...(opened.dataDir === undefined ? {} : { dataDir: opened.dataDir }),
        ...(redisPrefix === undefined ? {} : { redisUrl: redis.url, redisPrefix }),
        seed: true,
        logger: silentLogger,
        ...extra,
      });
      return {
        services,
        ...(opened.databaseUrl === undefined ? {} : { databaseUrl: opened.databaseUrl }),
        ...(redisPrefix === undefined ? {} : { redisUrl: redis.url, redisPrefix }),
        close: async () => {
          await services.ledger.close();
          await services.database.close();
          await opened.dispose();
          if (redisPrefix !== undefined) await deleteKeys(redis.url, redisPrefix);
        },
      };
    };

  const redisSkip = postgres!.skipReason ?? (redis.available ? undefined : redis.reason);
  return [
    { name: 'pglite', open: open('pglite') },
    {
      name: 'postgres',
      ...(postgres!.skipReason === undefined ? {} : { skipReason: postgres!.skipReason }),
      open: open('postgres'),
    },
    {
      name: 'postgres+redis',
      ...(redisSkip === undefined ? {} : { skipReason: redisSkip }),
      open: open('postgres+redis'),
    },
  ];
}

export function redemptionTitle(backend: RedemptionBackend): string {
  return backend.skipReason === undefined
    ? backend.name
    : `${backend.name} (skipped: ${backend.skipReason})`;
}
