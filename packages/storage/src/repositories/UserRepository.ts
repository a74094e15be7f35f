import { sql, type Kysely, type Selectable } from 'kysely';
import type { DatabaseSchema, UserTable } from '../schema.js';

export type UserRole = 'hq-admin' | 'branch-manager' | 'marketer' | 'integrator' | 'auditor';

export const USER_ROLES: readonly UserRole[] = [
  'hq-admin',
  'branch-manager',
  'marketer',
  'integrator',
  'auditor',
];

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  /** The name in English, when there is one. */
  displayNameEn?: string;
  role: UserRole;
  branchId: string;
}

/** A user with the password hash, for the login check only. */
export interface UserCredentials extends UserRecord {
  passwordHash: string;
}

/** Reads and adds users. */
export class UserRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** By username, whatever its case (see migration 0007). */
  async findCredentials(username: string): Promise<UserCredentials | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where(sql<string>`lower(username)`, '=', username.toLowerCase())
      .executeTakeFirst();
    return row === undefined ? undefined : { ...toUser(row), passwordHash: row.password_hash };
  }

  async get(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async list(filter: { branchIds?: readonly string[] } = {}): Promise<UserRecord[]> {
    let query = this.db.selectFrom('users').selectAll().orderBy('username');
    if (filter.branchIds !== undefined) {
      if (filter.branchIds.length === 0) return [];
      query = query.where('branch_id', 'in', [...filter.branchIds]);
    }

    return (await query.execute()).map(toUser);
  }

  /** Changes a user; returns the user as stored afterwards, or undefined when there is none. */
  async update(id: string, changes: UserChanges): Promise<UserRecord | undefined> {
    const row = await this.db
      .updateTable('users')
      .set({
        ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
        ...(changes.displayNameEn === undefined ? {} : { display_name_en: changes.displayNameEn }),
        ...(changes.role === undefined ? {} : { role: changes.role }),
        ...(changes.branchId === undefined ? {} : { branch_id: changes.branchId }),
        ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async insert(user: UserCredentials): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        username: user.username,
        display_name: user.displayName,
        display_name_en: user.displayNameEn ?? null,
        password_hash: user.passwordHash,
        role: user.role,
        branch_id: user.branchId,
      })
      .execute();
  }
}

/** What `update` may change; absent fields stay as they are. */
export interface UserChanges {
  displayName?: string;
  /** `null` removes the English name. */
  displayNameEn?: string | null;
  role?: UserRole;
  branchId?: string;
  passwordHash?: string;
}

export function toUser(row: Selectable<UserTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    ...(row.display_name_en === null ? {} : { displayNameEn: row.display_name_en }),
    role: row.role as UserRole,
    branchId: row.branch_id,
  };
}
