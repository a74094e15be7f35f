import { DEFAULT_POOL_SIZE } from './createAppServices.js';

/**
 * `DATABASE_POOL_SIZE`: the most PostgreSQL connections one server process opens (default
 * 20). The database must allow that many per process, plus one for notifications.
 */
export function parsePoolSize(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_POOL_SIZE;

  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 1000) {
    throw new Error(
      `DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (got "${value}"); ` +
        `unset it for ${DEFAULT_POOL_SIZE}.`,
    );
  }
  return parsed;
}
