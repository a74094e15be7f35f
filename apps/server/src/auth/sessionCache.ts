import type { Repositories, UserRecord } from '@campaign-studio/storage';
import type { TableWrites } from '../caches/tableWrites.js';

/**
 * How long a session's user is taken from memory instead of the database. A revocation or a
 * change of the user made by this process is seen at once (see `TableWrites`); one made by
 * another server process, within this time (docs/operations.md).
 */
export const SESSION_CACHE_MS = 5_000;
/** Entries kept at most; beyond it the cache starts again empty. */
const MOST_ENTRIES = 10_000;

interface Entry {
  user: UserRecord;
  /** performance.now() when the lookup started. */
  loadedAt: number;
  /** The services' clock then: tests move it by hours to expire sessions. */
  clockAt: number;
}

/** The signed-in user of a session token, from a short in-process cache. */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly writes: TableWrites) {}

  async findUser(
    sessions: Repositories['sessions'],
    tokenHash: string,
    now: Date,
  ): Promise<UserRecord | undefined> {
    const entry = this.entries.get(tokenHash);
    if (entry !== undefined && this.trusted(entry, now)) return entry.user;

    const loadedAt = performance.now();
    const user = await sessions.findUser(tokenHash, now);
    if (user === undefined) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    if (this.entries.size >= MOST_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { user, loadedAt, clockAt: now.getTime() });
    return user;
  }

  private trusted(entry: Entry, now: Date): boolean {
    return (
      performance.now() - entry.loadedAt < SESSION_CACHE_MS &&
      Math.abs(now.getTime() - entry.clockAt) < SESSION_CACHE_MS &&
      this.writes.settled('sessions', entry.loadedAt, true) &&
      this.writes.settled('users', entry.loadedAt, true)
    );
  }
}
