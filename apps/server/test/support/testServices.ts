import pino from 'pino';
import type { OpenedBackend } from '@campaign-studio/storage/test-support';
import { createAppServices } from '../../src/createAppServices.js';
import type { AppServices } from '../../src/AppServices.js';
import { appRouter } from '../../src/routers/appRouter.js';
import type { SessionCookie } from '../../src/trpc/RequestContext.js';
import { createCallerFactory } from '../../src/trpc/trpc.js';

export const silentLogger = pino({ level: 'silent' });

const createCaller = createCallerFactory(appRouter);

export type Caller = ReturnType<typeof createCaller>;

/** Seeded services over an opened test backend, with quiet logs. */
export function createTestServices(
  backend: OpenedBackend,
  extra: { plugins?: string[]; clock?: () => Date } = {},
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

/** A caller without a session. */
export function anonymous(services: AppServices): Caller {
  return createCaller({ services, cookie: memoryCookie() });
}

/** A caller signed in as a demo user (password demo1234). */
export async function signedIn(services: AppServices, username: string): Promise<Caller> {
  const cookie = memoryCookie();
  const caller = createCaller({ services, cookie });
  await caller.auth.login({ username, password: 'demo1234' });

  return caller;
}
