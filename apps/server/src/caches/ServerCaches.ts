import type { Database } from '@campaign-studio/storage';
import { SessionCache } from '../auth/sessionCache.js';
import { ExhaustedCounters } from './exhaustedCounters.js';
import { HeldOrders } from './heldOrders.js';
import { KnownBranches } from './knownBranches.js';
import { TableWrites } from './tableWrites.js';

/** What the hot paths (evaluate, redeem, complete) keep in memory between calls. */
export interface ServerCaches {
  writes: TableWrites;
  /** Counts `campaigns_changed` notifications: a write by any process (PostgreSQL). */
  campaignNotices: { count: number };
  branches: KnownBranches;
  sessions: SessionCache;
  heldOrders: HeldOrders;
  exhausted: ExhaustedCounters;
}

export const CAMPAIGNS_CHANGED = 'campaigns_changed';

export function createServerCaches(): ServerCaches {
  const writes = new TableWrites();
  return {
    writes,
    campaignNotices: { count: 0 },
    branches: new KnownBranches(writes),
    sessions: new SessionCache(writes),
    heldOrders: new HeldOrders(),
    exhausted: new ExhaustedCounters(),
  };
}

/**
 * The database with the caches watching it: every Kysely write is seen by `writes`, and the
 * campaigns notifications are counted until the database is closed.
 */
export async function watchedDatabase(database: Database, caches: ServerCaches) {
  const stop = await database.listen(CAMPAIGNS_CHANGED, () => {
    caches.campaignNotices.count += 1;
  });
  const watched: Database = {
    ...database,
    db: database.db.withPlugin(caches.writes),
    close: async () => {
      await stop();
      await database.close();
    },
  };
  return watched;
}
