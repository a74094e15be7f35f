import type { Database } from '../createDatabase.js';
import type { Ledger } from './Ledger.js';
import { RedisLedger, type RedisLedgerOptions } from './redis/RedisLedger.js';
import { SqlLedger, type SqlLedgerOptions } from './SqlLedger.js';

export interface LedgerOptions extends SqlLedgerOptions, Partial<RedisLedgerOptions> {}

/**
 * The ledger over an opened (and migrated) database: counters in PostgreSQL or PGlite, or in
 * Redis when `redisUrl` is given (the server passes `REDIS_URL`).
 */
export function createLedger(database: Database, options: LedgerOptions = {}): Ledger {
  const { redisUrl } = options;
  if (redisUrl === undefined || redisUrl === '') return new SqlLedger(database, options);
  return new RedisLedger(database, { ...options, redisUrl });
}
