import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../schema.js';
import { toUser, type UserRecord } from './UserRepository.js';

/**
 * Login sessions. Only a hash of the token is stored, so a copy of the table does not let
 * anyone sign in; the caller hashes the cookie's token before every call.
 */
export class SessionRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The user of a session that has not expired at `now`. */
  async findUser(tokenHash: string, now: Date): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of a user (a new password, role or branch); returns how many. */
  async deleteForUser(userId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Removes sessions that expired before `now`; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
