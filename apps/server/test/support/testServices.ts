import { TRPCError } from '@trpc/server';
import pino from 'pino';
import type { OpenedBackend } from '@campaign-studio/storage/test-support';
import { createAppServices } from '../../src/createAppServices.js';
import type { AppServices } from '../../src/AppServices.js';
import { appRouter } from '../../src/routers/appRouter.js';
import { errorDetails, type ErrorDetails } from '../../src/trpc/errorDetails.js';
import type { SessionCookie } from '../../src/trpc/RequestContext.js';
import { createCallerFactory } from '../../src/trpc/trpc.js';

export const silentLogger = pino({ level: 'silent' });

const createCaller = createCallerFactory(appRouter);

export type Caller = ReturnType<typeof createCaller>;

/** Seeded services over an opened test backend, with quiet logs. */
export function createTestServices(
  backend: OpenedBackend,
  extra: { plugins?: string[]; clock?: () => Date; sessionTtlMs?: number } = {},
): Promise<AppServices> {
  return createAppServices({
    ...(backend.databaseUrl === undefined ? {} : { databaseUrl: backend.databaseUrl }),
    ...(backend.dataDir === undefined ? {} : { dataDir: backend.dataDir }),
    seed: true,
    logger: silentLogger,
    ...extra,
  });
}

/** A cookie jar of one client: what the server set is sent with the next call. */
export function memoryCookie(): SessionCookie {
  const cookie: SessionCookie = {
    token: undefined,
    set: (token) => {
      cookie.token = token;
    },
    clear: () => {
      cookie.token = undefined;
    },
  };
  return cookie;
}

/** A caller without a session, from `clientAddress` when given. */
export function anonymous(services: AppServices, clientAddress?: string): Caller {
  return createCaller({
    services,
    cookie: memoryCookie(),
    ...(clientAddress === undefined ? {} : { clientAddress }),
  });
}

/** A caller signed in as a demo user (password demo1234, unless another is given). */
export async function signedIn(
  services: AppServices,
  username: string,
  password = 'demo1234',
): Promise<Caller> {
  const cookie = memoryCookie();
  const caller = createCaller({ services, cookie });
  await caller.auth.login({ username, password });

  return caller;
}

/** A clock tests move by hand. */
export function manualClock(start: string): {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
} {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** What the client gets for a refused call: the code and the formatter's details. */
export async function refusalOf(call: Promise<unknown>): Promise<ErrorDetails & { code: string }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, ...errorDetails(error) };
  }
  throw new Error('expected the call to be refused');
}
