import { initTRPC } from '@trpc/server';
import { hashSessionToken } from '../auth/sessionToken.js';
import { localizedShape } from './errorShape.js';
import { localizedError } from './LocalizedError.js';
import type { AuthedContext, RequestContext } from './RequestContext.js';
import { toTRPCError } from './toTRPCError.js';

const t = initTRPC.context<RequestContext>().create({
  // Stack traces in error answers only while developing: they reveal the server's internals.
  isDev: process.env.NODE_ENV === 'development',
  errorFormatter: ({ shape, error }) => localizedShape(shape, error),
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);

  return result;
});

/** Open to anyone: login, the registry, and evaluation by checkout systems. */
export const publicProcedure = t.procedure.use(mapErrors);

/** Needs a signed-in user; the user's session is checked on every call. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const { token } = ctx.cookie;
  const user =
    token === undefined
      ? undefined
      : await ctx.services.caches.sessions.findUser(
          ctx.services.repositories.sessions,
          hashSessionToken(token),
          ctx.services.clock(),
        );
  if (user === undefined) {
    throw localizedError(
      'UNAUTHORIZED',
      'Sign in first: this needs a logged-in user (session cookie cs_session).',
      '请先登录：此操作需要已登录的用户。',
      'not-signed-in',
    );
  }

  const authed: AuthedContext = { ...ctx, user };
  return next({ ctx: authed });
});
