/**
 * The server's services on a fresh database of each backend, with the full path's campaign
 * published at HQ and a checkout caller signed in, for the service rows of `bench:redeem`.
 */
import pino from 'pino';
import {
  appRouter,
  createAppServices,
  createCallerFactory,
  SETTLE_MS,
  type AppServices,
  type SessionCookie,
} from '@campaign-studio/server';
import {
  createScratchDatabase,
  deleteKeys,
  probePostgres,
  probeRedis,
  testKeyPrefix,
} from '@campaign-studio/storage/test-support';
import { serviceCampaign } from './serviceWorkload.js';

const createCaller = createCallerFactory(appRouter);
export type CheckoutCaller = ReturnType<typeof createCaller>;

export interface OpenedServices {
  services: AppServices;
  checkout: CheckoutCaller;
  close(): Promise<void>;
}

async function publishCampaign(services: AppServices): Promise<void> {
  const document = serviceCampaign();
  const { campaigns } = services.repositories;
  const draft = await campaigns.create({
    id: document.id as string,
    branchId: 'hq',
    plugin: 'core',
    name: document.name as { 'zh-CN': string; en: string },
    document,
  });
  await campaigns.publish(draft.id, draft.revision, {
    documentFor: (version) => ({ ...document, version }),
    lifecycle: 'approved',
  });
}

async function signedInCheckout(services: AppServices): Promise<CheckoutCaller> {
  const cookie: SessionCookie = {
    token: undefined,
    set: (token) => void (cookie.token = token),
    clear: () => void (cookie.token = undefined),
  };
  const caller = createCaller({ services, cookie });
  await caller.auth.login({ username: 'integrator', password: 'demo1234' });
  return caller;
}

/** Opened services, or the reason the backend is skipped. */
export async function openServices(
  backend: string,
  poolSize?: number,
): Promise<OpenedServices | string> {
  const logger = pino({ level: 'silent' });
  const plugins = ['@campaign-studio/plugin-core'];
  let services: AppServices;
  let dispose = async () => {};

  if (backend === 'pglite') {
    services = await createAppServices({ dataDir: 'memory://', seed: true, logger, plugins });
  } else {
    const probe = await probePostgres();
    if (!probe.available) return probe.reason;
    const redis = backend === 'postgres+redis' ? await probeRedis() : undefined;
    if (redis !== undefined && !redis.available) return redis.reason;

    const scratch = await createScratchDatabase(probe.adminUrl);
    const prefix = testKeyPrefix().replace('cs-test', 'cs-bench');
    services = await createAppServices({
      databaseUrl: scratch.url,
      ...(poolSize === undefined ? {} : { poolSize }),
      seed: true,
      logger,
      plugins,
      ...(redis === undefined ? {} : { redisUrl: redis.url, redisPrefix: prefix }),
    });
    dispose = async () => {
      await scratch.drop();
      if (redis !== undefined) await deleteKeys(redis.url, prefix);
    };
  }

  await publishCampaign(services);
  const checkout = await signedInCheckout(services);
  // Right after a write the server re-checks its caches on every call; checkout runs later.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return {
    services,
    checkout,
    close: async () => {
      await services.ledger.close();
      await services.database.close();
      await dispose();
    },
  };
}
