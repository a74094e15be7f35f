import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import pino, { type Logger } from 'pino';
import type { AppServices } from './AppServices.js';
import { fastifySessionCookie } from './auth/sessionCookie.js';
import { createAppServices } from './createAppServices.js';
import { appRouter, type AppRouter } from './routers/appRouter.js';
import {
  startStageCheckScheduler,
  type StageCheckScheduler,
} from './schedule/startStageCheckScheduler.js';
import { startExpirySweep, type ExpirySweep } from './redemption/startExpirySweep.js';
import { answerBodyRefusal, refuseFormData } from './trpc/answerBodyRefusal.js';
import { directEvaluateRoute } from './trpc/directEvaluateRoute.js';
import type { TrustProxy } from './trustProxySetting.js';
import type { RequestContext } from './trpc/RequestContext.js';

export interface ServerOptions {
  /** 0 picks a free port. Default 3000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  databaseUrl?: string;
  /** Data folder; PGlite keeps its files in `<dataDir>/pglite`. Default `./data`. */
  dataDir?: string;
  /** Seed demo data into an empty database. */
  seed?: boolean;
  /** With `seed`: also a late demo connection project and its campaign (for `npm start`). */
  demoProjects?: boolean;
  /** Run W2's daily stage check (catching up missed days on start). Default true. */
  stageChecks?: boolean;
  /** Built web app to serve at `/`, with index.html for unknown paths. */
  webDist?: string;
  /** Plugin package names or module paths; default core and e-commerce. */
  plugins?: readonly string[];
  /** Default: pino at info level to stdout. */
  logger?: Logger;
  /** Mark the session cookie `Secure` (behind HTTPS). */
  secureCookies?: boolean;
  /** Take the client address from X-Forwarded-For (see trustProxySetting.ts); default off. */
  trustProxy?: TrustProxy;
  clock?: () => Date;
  /** Redis for the ledger's hot counters; absent keeps them in the database. */
  redisUrl?: string;
  redisPrefix?: string;
  /** How long a redemption's hold lasts (default 15). */
  holdMinutes?: number;
  /** Most PostgreSQL connections (default 20, `DATABASE_POOL_SIZE`). */
  poolSize?: number;
  /** Milliseconds between sweeps of expired holds (default 5000). */
  sweepEveryMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  services: AppServices;
  /** The daily stage check; absent with `stageChecks: false`. */
  stageChecks?: StageCheckScheduler;
  close(): Promise<void>;
}

/** Opens storage, loads plugins and listens; `close()` stops it and closes the database. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const services = await createAppServices({ ...options, logger });
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });
  let stageChecks: StageCheckScheduler | undefined;
  let expirySweep: ExpirySweep | undefined;
  const closeStorage = async () => {
    await expirySweep?.stop();
    await services.ledger.close();
    await services.database.close();
  };
  try {
    await registerRoutes(app, services, options);
    if (options.stageChecks !== false) stageChecks = await startStageCheckScheduler(services);
    expirySweep = await startExpirySweep(services, options.sweepEveryMs);
    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port ?? 3000, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;

    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      port,
      services,
      ...(stageChecks === undefined ? {} : { stageChecks }),
      close: async () => {
        await stageChecks?.stop();
        await app.close();
        await closeStorage();
      },
    };
  } catch (error) {
    await stageChecks?.stop();
    await app.close();
    await closeStorage();
    throw error;
  }
}

async function registerRoutes(
  app: FastifyInstance,
  services: AppServices,
  options: ServerOptions,
): Promise<void> {
  await app.register(fastifyCookie);
  app.setErrorHandler(answerBodyRefusal);
  app.addHook('onRequest', refuseFormData);
  app.get('/api/health', async () => ({ ok: true }));

  const requestContext = (req: FastifyRequest, res: FastifyReply): RequestContext => ({
    services,
    cookie: fastifySessionCookie(req, res, { secure: options.secureCookies === true }),
    clientAddress: req.ip,
  });
  const trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] = {
    router: appRouter,
    // The shell posts its queries (documents are too big for a URL); GET keeps working.
    allowMethodOverride: true,
    createContext: ({ req, res }) => requestContext(req, res),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        services.logger.error({ err: error.cause ?? error, path }, 'procedure failed');
      }
    },
  };
  await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
  await app.register(directEvaluateRoute, { trpcOptions, requestContext });

  const webDist = options.webDist === undefined ? undefined : resolve(options.webDist);
  if (webDist !== undefined && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist });
    app.setNotFoundHandler((request, reply) => {
      const isApi = request.url.startsWith('/trpc') || request.url.startsWith('/api');
      if (request.method !== 'GET' || isApi) {
        return reply.code(404).send({ error: `No route ${request.method} ${request.url}` });
      }
      return reply.sendFile('index.html');
    });
  }
}
