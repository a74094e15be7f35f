export type * from './Ledger.js';
export { SqlLedger } from './SqlLedger.js';
export type { SqlLedgerOptions } from './SqlLedger.js';
export { localDay } from './localDay.js';
export { DEFAULT_TIME_ZONE } from './checkRequests.js';
export { RedisLedger } from './redis/RedisLedger.js';
export type { RedisLedgerOptions } from './redis/RedisLedger.js';
export { createLedger } from './createLedger.js';
export type { LedgerOptions } from './createLedger.js';
