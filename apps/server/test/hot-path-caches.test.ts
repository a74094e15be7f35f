/**
 * What evaluate, redeem and complete keep in memory between calls is never stale where it
 * matters: a publish or a lifecycle step is seen by the next evaluation of the same process,
 * and by another process on the same PostgreSQL once its notification arrives; a revoked
 * session is refused at once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../src/createAppServices.js';
import type { AppServices } from '../src/AppServices.js';
import { appRouter } from '../src/routers/appRouter.js';
import { createCallerFactory } from '../src/trpc/trpc.js';
import {
  anonymous,
  memoryCookie,
  refusalOf,
  signedIn,
  silentLogger,
  type Caller,
} from './support/testServices.js';
import { limitedCampaign, order, publish } from './redemption/support/campaigns.js';
import {
  redemptionBackends,
  type OpenedServices,
} from './redemption/support/redemptionBackends.js';

const backends = (await redemptionBackends()).filter((b) => b.name !== 'postgres+redis');

const createCaller = createCallerFactory(appRouter);

/** How an authed call with this session goes: NOT_FOUND signed in, UNAUTHORIZED if not. */
async function sessionAnswer(caller: Caller): Promise<string> {
  return (await refusalOf(caller.redemption.cancel({ redemptionId: 'rd-none' }))).code;
}

/** The campaigns an evaluation applied, by id. */
async function applied(caller: Caller, customerId: string): Promise<string[]> {
  const result = await caller.evaluate({
    context: order({ id: customerId }, 20_000),
    explain: false,
  });
  return result.campaigns.filter((c) => c.status === 'applied').map((c) => c.campaignId);
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(`hot-path caches on ${backend.name}`, () => {
    let opened: OpenedServices;
    let services: AppServices;
    let admin: Caller;

    beforeAll(async () => {
      // On the campaigns' day, so that they are running and may be ended.
      opened = await backend.open({ clock: () => new Date('2026-11-11T09:00:00+08:00') });
      services = opened.services;
      admin = await signedIn(services, 'hq-admin');
    });

    afterAll(async () => {
      await opened?.close();
    });

    it('a publish and an end are seen by the next evaluation of the same process', async () => {
      const checkout = anonymous(services);
      expect(await applied(checkout, 'C-1')).toEqual([]);

      const id = await publish(admin, limitedCampaign('cache-publish', []));
      expect(await applied(checkout, 'C-1')).toEqual([id]);

      const current = await admin.campaigns.get({ id });
      await admin.campaigns.end({ id, revision: current.revision });
      expect(await applied(checkout, 'C-1')).toEqual([]);
    });

    it('a session ended by logout or revoked by a password reset is refused at once', async () => {
      const cookie = memoryCookie();
      const integrator = createCaller({ services, cookie });
      await integrator.auth.login({ username: 'integrator', password: 'demo1234' });
      expect(await sessionAnswer(integrator)).toBe('NOT_FOUND');

      const users = await admin.users.list({});
      const target = users.find((user) => user.username === 'integrator')!;
      await admin.users.update({ id: target.id, password: 'another-secret-1' });
      expect(await sessionAnswer(integrator)).toBe('UNAUTHORIZED');

      await integrator.auth.login({ username: 'integrator', password: 'another-secret-1' });
      expect(await sessionAnswer(integrator)).toBe('NOT_FOUND');
      // Logout forgets the cookie; another client holding the same token must be refused.
      const sameToken = createCaller({
        services,
        cookie: { ...memoryCookie(), token: cookie.token },
      });
      await integrator.auth.logout();
      expect(await sessionAnswer(sameToken)).toBe('UNAUTHORIZED');
    });
  });
}

const postgres = backends.find((b) => b.name === 'postgres')!;

describe.skipIf(postgres.skipReason !== undefined)('two server processes on PostgreSQL', () => {
  let opened: OpenedServices;
  let other: AppServices;

  beforeAll(async () => {
    opened = await postgres.open();
    other = await createAppServices({ databaseUrl: opened.databaseUrl!, logger: silentLogger });
  });

  afterAll(async () => {
    await other?.database.close();
    await opened?.close();
  });

  it("a publish in one process is seen by the other's evaluate", async () => {
    const checkout = anonymous(other);
    expect(await applied(checkout, 'C-2')).toEqual([]);
    const notices = other.caches.campaignNotices.count;

    const admin = await signedIn(opened.services, 'hq-admin');
    const id = await publish(admin, limitedCampaign('cache-elsewhere', []));
    // The notification arrives on its own connection, after the publish commits.
    await vi.waitFor(() => expect(other.caches.campaignNotices.count).toBeGreaterThan(notices));
    expect(await applied(checkout, 'C-2')).toEqual([id]);
  });
});
