import bcrypt from 'bcryptjs';
import {
  inTransaction,
  isUniqueViolation,
  USER_ROLES,
  type UserRecord,
  type UserRole,
} from '@campaign-studio/storage';
import {
  branchForWrite,
  canSeeBranch,
  HQ_BRANCH_ID,
  visibleBranches,
} from '../access/branchScope.js';
import {
  ACTIONS,
  requireRole,
  USER_ADMIN_ROLES,
  USER_READER_ROLES,
} from '../access/requireRole.js';
import { recordAudit } from '../audit/recordAudit.js';
import { normalUsername } from '../auth/normalUsername.js';
import { fieldIssue } from '../campaigns/createCampaign.js';
import { requireBranch } from '../campaigns/requireBranch.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { idSchema, notBlank } from './schemas.js';

const BCRYPT_ROUNDS = 10;

const nameSchema = { type: 'string', minLength: 1, maxLength: 100, ...notBlank } as const;
const passwordSchema = { type: 'string', minLength: 8, maxLength: 200 } as const;
const roleSchema = { enum: [...USER_ROLES] } as const;

interface CreateUserInput {
  username: string;
  password: string;
  displayName: string;
  displayNameEn?: string;
  role: UserRole;
  branchId?: string;
}

const createInput = jsonSchemaInput<CreateUserInput>({
  type: 'object',
  required: ['username', 'password', 'displayName', 'role'],
  additionalProperties: false,
  properties: {
    username: { ...idSchema, maxLength: 100 },
    password: passwordSchema,
    displayName: nameSchema,
    displayNameEn: nameSchema,
    role: roleSchema,
    branchId: idSchema,
  },
});

interface UpdateUserInput {
  id: string;
  displayName?: string;
  /** `null` removes the English name. */
  displayNameEn?: string | null;
  role?: UserRole;
  branchId?: string;
  /** A new password (a reset by an administrator). */
  password?: string;
}

const updateInput = jsonSchemaInput<UpdateUserInput>({
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: idSchema,
    displayName: nameSchema,
    displayNameEn: { anyOf: [nameSchema, { type: 'null' }] },
    role: roleSchema,
    branchId: idSchema,
    password: passwordSchema,
  },
});

const listInput = jsonSchemaInput<{ branchId?: string }>({
  type: 'object',
  additionalProperties: false,
  properties: { branchId: idSchema },
});

/** People: HQ administers everyone; a branch manager only the people of their branch. */
export const usersRouter = router({
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    requireRole(ctx.user, USER_READER_ROLES, ACTIONS.listUsers);
    if (input.branchId !== undefined && !canSeeBranch(ctx.user, input.branchId)) return [];
    const visible = visibleBranches(ctx.user);
    const branchIds = input.branchId === undefined ? visible : [input.branchId];

    return ctx.services.repositories.users.list(branchIds === undefined ? {} : { branchIds });
  }),

  create: authedProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, USER_ADMIN_ROLES, ACTIONS.manageUsers);
    const branchId = branchForWrite(ctx.user, input.branchId);
    await requireBranch(ctx.services, branchId);
    checkRoleForBranch(ctx.user, input.role, branchId);

    // "Alice" is alice: a name differing only in case from a taken one is refused as taken.
    const username = normalUsername(input.username);
    const user: UserRecord = {
      id: `user-${username}`,
      username,
      displayName: input.displayName,
      ...(input.displayNameEn === undefined ? {} : { displayNameEn: input.displayNameEn }),
      role: input.role,
      branchId,
    };
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    try {
      await inTransaction(ctx.services.database.db, async (tx) => {
        await tx.users.insert({ ...user, passwordHash });
        await recordAudit(tx, {
          at: ctx.services.clock(),
          actor: ctx.user,
          branchId,
          entityType: 'user',
          entityId: user.id,
          action: 'create',
          after: { ...user, password: 'set' },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken(input.username);
      throw error;
    }

    return user;
  }),

  /** Changes names, role, branch or password; absent fields stay as they are. */
  update: authedProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, USER_ADMIN_ROLES, ACTIONS.manageUsers);
    const { users } = ctx.services.repositories;
    const current = await users.get(input.id);
    if (current === undefined || !canSeeBranch(ctx.user, current.branchId)) {
      throw localizedError(
        'NOT_FOUND',
        `id: there is no user "${input.id}".`,
        `id：没有用户 ${input.id}。`,
        'no-user',
      );
    }
    const branchId =
      input.branchId === undefined ? current.branchId : branchForWrite(ctx.user, input.branchId);
    if (input.branchId !== undefined) await requireBranch(ctx.services, branchId);
    checkRoleForBranch(ctx.user, input.role ?? current.role, branchId);

    const passwordHash =
      input.password === undefined ? undefined : await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    const updated = await inTransaction(ctx.services.database.db, async (tx) => {
      const changed = await tx.users.update(current.id, {
        ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
        ...(input.displayNameEn === undefined ? {} : { displayNameEn: input.displayNameEn }),
        ...(input.role === undefined ? {} : { role: input.role }),
        ...(input.branchId === undefined ? {} : { branchId }),
        ...(passwordHash === undefined ? {} : { passwordHash }),
      });
      // A reset password or a new role or branch takes effect now, not when a session ends.
      const revoked =
        passwordHash !== undefined ||
        (input.role !== undefined && input.role !== current.role) ||
        branchId !== current.branchId;
      if (revoked) await tx.sessions.deleteForUser(current.id);
      await recordAudit(tx, {
        at: ctx.services.clock(),
        actor: ctx.user,
        branchId,
        entityType: 'user',
        entityId: current.id,
        action: 'update',
        // The password itself never goes into the log: only that it was reset.
        before: { ...current, ...(passwordHash === undefined ? {} : { password: 'old' }) },
        after: { ...changed, ...(passwordHash === undefined ? {} : { password: 'reset' }) },
      });
      return changed;
    });

    return updated ?? current;
  }),
});

/** HQ admins belong to HQ, and only an HQ admin makes one. */
function checkRoleForBranch(actor: UserRecord, role: UserRole, branchId: string): void {
  if (role !== 'hq-admin') return;
  if (actor.role !== 'hq-admin') {
    throw localizedError(
      'FORBIDDEN',
      'role: only an HQ admin may make someone an HQ admin.',
      'role：只有总部管理员才能设置总部管理员。',
      'role',
    );
  }
  if (branchId !== HQ_BRANCH_ID) {
    throw fieldIssue(
      '/role',
      'role',
      'an hq-admin must belong to branch hq',
      '总部管理员必须属于总部（hq）',
    );
  }
}

function usernameTaken(username: string) {
  return localizedError(
    'CONFLICT',
    `username: "${username}" is taken (names do not depend on case); choose another.`,
    `username：用户名 ${username} 已被使用（不区分大小写），请换一个。`,
    'username-taken',
  );
}
