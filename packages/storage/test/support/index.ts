export {
  createScratchDatabase,
  DEFAULT_TEST_DATABASE_URL,
  probePostgres,
  servicesRequired,
} from './postgres.js';
export type { PostgresProbe, ScratchDatabase } from './postgres.js';
export { backendTitle, openTestDatabase, testBackends } from './backends.js';
export type { OpenedBackend, TestBackend } from './backends.js';
export { DEFAULT_TEST_REDIS_URL, deleteKeys, probeRedis, testKeyPrefix } from './redis.js';
export type { RedisProbe } from './redis.js';
