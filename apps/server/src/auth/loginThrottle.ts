import type { Repositories, ThrottleRule } from '@campaign-studio/storage';
import { localizedError } from '../trpc/LocalizedError.js';
import { normalUsername } from './normalUsername.js';

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

/** The normalised name: a lockout must not be dodged by changing case. */
export function usernameKey(username: string): string {
  return `user:${normalUsername(username)}`;
}

/**
 * Counts the attempt against each key before the password is checked, and refuses it (even
 * with the right password) when a key has had its five attempts in the window or is locked.
 * Counting first is what stops parallel guesses: each takes its own place in the count.
 */
export async function claimLoginAttempt(
  repositories: Repositories,
  keys: readonly string[],
  now: Date,
): Promise<void> {
  let until: Date | undefined;
  for (const key of keys) {
    const claim = await repositories.loginThrottles.claimAttempt(key, now, LOGIN_THROTTLE);
    if (!claim.allowed && (until === undefined || claim.lockedUntil > until)) {
      until = claim.lockedUntil;
    }
  }
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

/** After a success: the username starts afresh, and the address gets its attempt back. */
export async function settleSuccessfulLogin(
  repositories: Repositories,
  keys: readonly string[],
): Promise<void> {
  for (const key of keys) {
    if (key.startsWith('user:')) await repositories.loginThrottles.clear(key);
    else await repositories.loginThrottles.releaseAttempt(key, LOGIN_THROTTLE);
  }
}
