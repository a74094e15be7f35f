import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { anonymous, createTestServices, signedIn, type Caller } from './support/testServices.js';

const backends = await testBackends();

/** 满 100 减 10, in HQ, with core blocks only. */
function tenOff(id: string, amount = 1000): Record<string, unknown> {
  return {
    id,
    version: 1,
    name: { 'zh-CN': '满100减10', en: '10 off 100' },
    rules: [
      {
        id: 'r1',
        when: { block: 'core.order-amount', params: { min: 10000 } },
        then: [{ block: 'core.amount-off', params: { amount } }],
      },
    ],
  };
}

const order = {
  instant: '2026-11-11T12:00:00+08:00',
  customer: { tier: 'vip' },
  lines: [{ id: 'l1', sku: 'sku-1', unitPrice: 12000, quantity: 1 }],
};

/** The tRPC error a call failed with, for asserting code, message and issues. */
async function failure(call: Promise<unknown>): Promise<TRPCError & { issues?: unknown[] }> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    const trpc = error as TRPCError;
    const cause = trpc.cause as { issues?: unknown[] } | undefined;
    return Object.assign(trpc, { issues: cause?.issues });
  }
  throw new Error('expected the call to fail');
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(`campaigns on ${backendTitle(backend)}`, () => {
    let opened: OpenedBackend;
    let services: AppServices;
    let admin: Caller;
    let eastMarketer: Caller;

    beforeAll(async () => {
      opened = await backend.open();
      services = await createTestServices(opened);
      admin = await signedIn(services, 'hq-admin');
      eastMarketer = await signedIn(services, 'east-marketer');
    });

    afterAll(async () => {
      await services?.database.close();
      await opened?.dispose();
    });

    it('answers me with the signed-in user and nothing without a session', async () => {
      expect((await admin.auth.me()).user).toEqual({
        id: 'user-hq-admin',
        username: 'hq-admin',
        displayName: '总部管理员',
        displayNameEn: 'HQ administrator',
        role: 'hq-admin',
        branchId: 'hq',
        branchName: { 'zh-CN': '总部', en: 'Headquarters' },
        may: { edit: true, publish: true },
      });
      expect((await anonymous(services).auth.me()).user).toBeUndefined();
    });

    it('refuses a wrong password and procedures without a session', async () => {
      const wrong = await failure(
        anonymous(services).auth.login({ username: 'hq-admin', password: 'nope' }),
      );
      expect(wrong.code).toBe('UNAUTHORIZED');

      // @ts-expect-error: the password is left out on purpose
      const missing = await failure(anonymous(services).auth.login({ username: 'hq-admin' }));
      expect(missing.code).toBe('BAD_REQUEST');
      expect(missing.issues).toEqual([
        expect.objectContaining({ path: '/password', field: 'password', keyword: 'required' }),
      ]);

      expect((await failure(anonymous(services).campaigns.list({}))).code).toBe('UNAUTHORIZED');
    });

    it('ends a session at logout', async () => {
      const caller = await signedIn(services, 'auditor');
      expect((await caller.auth.me()).user?.username).toBe('auditor');
      expect(await caller.auth.logout()).toEqual({ ok: true });
      expect((await caller.auth.me()).user).toBeUndefined();
    });

    it('creates, updates and publishes a campaign, refusing a stale revision', async () => {
      const created = await admin.campaigns.create({ document: tenOff('ten-off') });
      expect(created).toMatchObject({
        id: 'ten-off',
        branchId: 'hq',
        plugin: 'core',
        status: 'draft',
        revision: 1,
      });
      expect(created.document.branchId).toBe('hq');

      const updated = await admin.campaigns.update({
        id: 'ten-off',
        revision: 1,
        document: tenOff('ten-off', 1500),
      });
      expect(updated.revision).toBe(2);

      const stale = await failure(
        admin.campaigns.update({ id: 'ten-off', revision: 1, document: tenOff('ten-off') }),
      );
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toContain('revision 1');

      expect((await failure(admin.campaigns.publish({ id: 'ten-off', revision: 1 }))).code).toBe(
        'CONFLICT',
      );
      expect(await admin.campaigns.versions({ id: 'ten-off' })).toEqual([]);

      const published = await admin.campaigns.publish({ id: 'ten-off', revision: 2 });
      expect(published).toMatchObject({ status: 'published', publishedVersion: 1, revision: 3 });

      const result = await anonymous(services).evaluate({ context: order });
      expect(result.discount).toBe(1500);
      expect(result.payable).toBe(10500);
    });

    it('refuses an unknown block, naming where it is, and writes nothing', async () => {
      const document = tenOff('unknown-block');
      const rules = document.rules as { then: { block: string }[] }[];
      rules[0]!.then[0]!.block = 'core.no-such-block';

      const error = await failure(admin.campaigns.create({ document }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.issues).toEqual([
        expect.objectContaining({
          path: '/document/rules/0/then/0/block',
          keyword: 'unknown-block',
        }),
      ]);
      expect((await admin.campaigns.list({})).map((c) => c.id)).not.toContain('unknown-block');
    });

    it('refuses a negative amount and a missing field, naming the field', async () => {
      const negative = await failure(
        admin.campaigns.create({ document: tenOff('negative', -100) }),
      );
      expect(negative.code).toBe('BAD_REQUEST');
      expect(negative.issues).toEqual([
        expect.objectContaining({
          path: '/document/rules/0/then/0/params/amount',
          field: 'amount',
          block: 'core.amount-off',
        }),
      ]);

      const nameless = { ...tenOff('nameless') };
      delete nameless.name;
      const missing = await failure(admin.campaigns.create({ document: nameless }));
      expect(missing.issues).toEqual([
        expect.objectContaining({ path: '/document/name', field: 'name', keyword: 'required' }),
      ]);
    });

    it('refuses a context with a negative price, under /context', async () => {
      const context = { ...order, lines: [{ id: 'l1', sku: 's', unitPrice: -1, quantity: 1 }] };
      const error = await failure(anonymous(services).evaluate({ context }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: '/context/lines/0/unitPrice', field: 'unitPrice' }),
      ]);
    });

    it("hides another branch's campaign (NOT_FOUND), keeps branch users in theirs", async () => {
      const notFound = await failure(eastMarketer.campaigns.get({ id: 'ten-off' }));
      expect(notFound.code).toBe('NOT_FOUND');
      const update = eastMarketer.campaigns.update({
        id: 'ten-off',
        revision: 3,
        document: tenOff('ten-off'),
      });
      expect((await failure(update)).code).toBe('NOT_FOUND');
      expect(await eastMarketer.campaigns.list({})).toEqual([]);

      const elsewhere = eastMarketer.campaigns.create({
        document: tenOff('east-into-hq'),
        branchId: 'hq',
      });
      expect((await failure(elsewhere)).code).toBe('FORBIDDEN');

      const own = await eastMarketer.campaigns.create({ document: tenOff('east-ten-off') });
      expect(own.branchId).toBe('east');
      expect((await eastMarketer.campaigns.list({})).map((c) => c.id)).toEqual(['east-ten-off']);
      expect(
        (await failure(eastMarketer.campaigns.publish({ id: own.id, revision: 1 }))).code,
      ).toBe('FORBIDDEN');
    });

    it('simulates a draft without publishing it', async () => {
      const result = await eastMarketer.simulate({ context: order, campaignId: 'east-ten-off' });
      expect(result.discount).toBe(1000);
      expect(result.campaigns.map((c) => [c.campaignId, c.status])).toEqual([
        ['east-ten-off', 'applied'],
      ]);

      const unsaved = await eastMarketer.simulate({ context: order, document: tenOff('x', 300) });
      expect(unsaved.discount).toBe(300);

      // The draft is not published, so checkout evaluation in the east ignores it.
      const east = await anonymous(services).evaluate({ context: { ...order, branchId: 'east' } });
      expect(east.campaigns.map((c) => c.campaignId)).toEqual(['ten-off']);
    });
  });
}
