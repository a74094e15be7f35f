import bcrypt from 'bcryptjs';
import type { LocalizedText } from '@campaign-studio/engine';
import { inTransaction, type UserRecord, type UserRole } from '@campaign-studio/storage';
import { EDITOR_ROLES, PUBLISHER_ROLES } from '../access/requireRole.js';
import type { AppServices } from '../AppServices.js';
import { recordAudit } from '../audit/recordAudit.js';
import { claimLoginAttempt, settleSuccessfulLogin, throttleKeys } from '../auth/loginThrottle.js';
import { normalUsername } from '../auth/normalUsername.js';
import { hashSessionToken, newSessionToken } from '../auth/sessionToken.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { publicProcedure, router } from '../trpc/trpc.js';

/** A signed-in user as the shell sees them. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  /** The name in English, when the user has one; the shell shows it in English. */
  displayNameEn?: string;
  role: UserRole;
  branchId: string;
  branchName: LocalizedText;
  /** What the role allows, so the shell can hide what the server would refuse. */
  may: { edit: boolean; publish: boolean };
}

interface LoginInput {
  username: string;
  password: string;
}

const loginInput = jsonSchemaInput<LoginInput>({
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
  },
});

// Compared against when the username is unknown, so both failures take the same time.
const NO_USER_HASH = bcrypt.hashSync('no such user', 10);

export const authRouter = router({
  /**
   * Signs in. Five failures within a minute for one username or one address lock further
   * attempts for a while (TOO_MANY_REQUESTS with `retryAfterSeconds`), even with the right
   * password; a success clears the username's count.
   */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { database, repositories, clock, sessionTtlMs } = ctx.services;
    const username = normalUsername(input.username);
    const keys = throttleKeys(username, ctx.clientAddress);
    await claimLoginAttempt(repositories, keys, clock());

    const credentials = await repositories.users.findCredentials(username);
    const matches = await bcrypt.compare(input.password, credentials?.passwordHash ?? NO_USER_HASH);
    const now = clock();
    if (credentials === undefined || !matches) {
      await inTransaction(database.db, async (tx) => {
        await recordAudit(tx, {
          at: now,
          actor: {
            ...(credentials === undefined ? {} : { id: credentials.id }),
            username,
          },
          ...(credentials === undefined ? {} : { branchId: credentials.branchId }),
          entityType: 'session',
          entityId: username,
          action: 'login-failed',
          after: { address: ctx.clientAddress ?? null },
        });
      });
      throw localizedError(
        'UNAUTHORIZED',
        'The username or password is wrong; check both and try again.',
        '用户名或密码不正确，请检查后重试。',
        'wrong-credentials',
      );
    }

    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + sessionTtlMs);
    await inTransaction(database.db, async (tx) => {
      // Sweeping at sign-in keeps the table small without a timer of its own.
      await tx.sessions.deleteExpired(now);
      await tx.sessions.create({
        tokenHash: hashSessionToken(token),
        userId: credentials.id,
        expiresAt,
      });
      await settleSuccessfulLogin(tx, keys);
      await recordAudit(tx, {
        at: now,
        actor: { id: credentials.id, username: credentials.username },
        branchId: credentials.branchId,
        entityType: 'session',
        entityId: credentials.username,
        action: 'login',
        after: { address: ctx.clientAddress ?? null },
      });
    });
    ctx.cookie.set(token, expiresAt);
    ctx.services.logger.info({ username: credentials.username }, 'signed in');

    const { passwordHash: _hash, ...user } = credentials;
    return { user: await toUserView(ctx.services, user) };
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    const { token } = ctx.cookie;
    if (token !== undefined) {
      await ctx.services.repositories.sessions.delete(hashSessionToken(token));
    }
    ctx.cookie.clear();

    return { ok: true as const };
  }),

  me: publicProcedure.query(async ({ ctx }) => {
    const { token } = ctx.cookie;
    const { repositories, clock } = ctx.services;
    const user =
      token === undefined
        ? undefined
        : await repositories.sessions.findUser(hashSessionToken(token), clock());

    return { user: user === undefined ? undefined : await toUserView(ctx.services, user) };
  }),
});

async function toUserView(services: AppServices, user: UserRecord): Promise<UserView> {
  const branch = await services.repositories.branches.get(user.branchId);

  return {
    ...user,
    branchName: { 'zh-CN': branch?.nameZh ?? user.branchId, en: branch?.nameEn ?? user.branchId },
    may: { edit: EDITOR_ROLES.includes(user.role), publish: PUBLISHER_ROLES.includes(user.role) },
  };
}
