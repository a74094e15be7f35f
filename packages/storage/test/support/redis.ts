/**
 * Whether a Redis server is there for tests, like `probePostgres`: a suite skips its Redis cases
 * with the reason when it is unreachable, and under REQUIRE_SERVICES=1 the probe throws instead.
 * Tests never flush the server: each works under a key prefix of its own and deletes only that.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { servicesRequired } from './postgres.js';

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

export type RedisProbe =
  { available: true; url: string } | { available: false; url: string; reason: string };

export async function probeRedis(): Promise<RedisProbe> {
  const url = process.env.TEST_REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    await client.ping();
    return { available: true, url };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = `Redis at ${url} is not reachable (${detail})`;
    if (servicesRequired()) throw new Error(`${reason}; REQUIRE_SERVICES=1 needs it.`);
    return { available: false, url, reason };
  } finally {
    client.disconnect();
  }
}

/** A key prefix no other test uses. */
export function testKeyPrefix(): string {
  return `cs-test:${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under `prefix` (SCAN, never FLUSHALL). */
export async function deleteKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
