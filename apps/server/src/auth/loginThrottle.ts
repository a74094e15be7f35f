import type { Repositories, ThrottleRule } from '@campaign-studio/storage';
import { localizedError } from '../trpc/LocalizedError.js';

/** Five failures within a minute lock the username (or the address) for five minutes. */
export const LOGIN_THROTTLE: ThrottleRule = {
  maxFailures: 5,
  windowMs: 60_000,
  lockMs: 5 * 60_000,
};

/** The keys one login attempt counts against: the username, and the address when known. */
export function throttleKeys(username: string, clientAddress: string | undefined): string[] {
  const keys = [usernameKey(username)];
  if (clientAddress !== undefined && clientAddress !== '') keys.push(`address:${clientAddress}`);
  return keys;
}

/** Usernames are compared as typed, but a lockout must not be dodged by changing case. */
export function usernameKey(username: string): string {
  return `user:${username.toLowerCase()}`;
}

/** Refuses the attempt, even with the right password, while one of its keys is locked. */
export async function refuseWhileLocked(
  repositories: Repositories,
  keys: readonly string[],
  now: Date,
): Promise<void> {
  const until = await repositories.loginThrottles.lockedUntil(keys, now);
  if (until === undefined) return;

  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  throw localizedError(
    'TOO_MANY_REQUESTS',
    `Too many failed logins: wait ${seconds} seconds, then try again.`,
    `登录失败次数过多：请等待 ${seconds} 秒后再试。`,
    'login-locked',
    { retryAfterSeconds: seconds },
  );
}
