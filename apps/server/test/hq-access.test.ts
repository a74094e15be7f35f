/**
 * Branch scope (issue 7): every procedure of the app router, called by each role of the east
 * branch against the west branch's data, is refused (NOT_FOUND for another branch's ids,
 * FORBIDDEN for a role that may not, UNAUTHORIZED without a session) or answers without west's
 * data. The table is checked against the router, so a new procedure without an entry fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { appRouter } from '../src/routers/appRouter.js';
import {
  anonymous,
  createTestServices,
  refusalOf,
  signedIn,
  type Caller,
} from './support/testServices.js';

const backends = await testBackends();
const R7 = 'retail.vip-card-ladder';
const WEST_CAMPAIGN = 'west-vip-cards';
const WEST_USER = 'user-west-marketer';

type Role = 'branch-manager' | 'marketer' | 'integrator' | 'auditor';
const ROLES: readonly Role[] = ['branch-manager', 'marketer', 'integrator', 'auditor'];

/** What a call must give: a refusal code, or an answer that `check` accepts (no west data). */
type Outcome = string | { answer: (value: unknown) => boolean };

interface Entry {
  call: (caller: Caller, fresh: () => Promise<Caller>) => Promise<unknown>;
  /** One outcome for every role, or one per role; several codes joined by `|` are all fine. */
  expect: Outcome | Record<Role, Outcome>;
  /** Without a session (default UNAUTHORIZED). */
  anonymous?: Outcome;
}

const NO_WEST = { answer: (value: unknown) => !JSON.stringify(value).includes('west') };
const EMPTY = { answer: (value: unknown) => Array.isArray(value) && value.length === 0 };
const ANY = { answer: () => true };
const MANAGER_ONLY = (manager: Outcome, others: Outcome): Record<Role, Outcome> => ({
  'branch-manager': manager,
  marketer: others,
  integrator: others,
  auditor: others,
});
const EDITORS = (editors: Outcome, others: Outcome): Record<Role, Outcome> => ({
  'branch-manager': editors,
  marketer: editors,
  integrator: others,
  auditor: others,
});

const CHECKOUT_ONLY = (integrator: Outcome, others: Outcome): Record<Role, Outcome> => ({
  'branch-manager': others,
  marketer: others,
  integrator,
  auditor: others,
});
const westOrder = { instant: '2026-11-11T12:00:00+08:00', customer: { id: 'w-1' }, lines: [] };

const step = { id: WEST_CAMPAIGN, revision: 2 };
const document = { id: WEST_CAMPAIGN, version: 1 } as Record<string, unknown>;
let attempt = 0;

const TABLE: Record<string, Entry> = {
  'auth.login': {
    call: (caller) => caller.auth.login({ username: `west-${(attempt += 1)}`, password: 'x' }),
    expect: 'UNAUTHORIZED',
    anonymous: 'UNAUTHORIZED',
  },
  'auth.logout': {
    call: async (_caller, fresh) => (await fresh()).auth.logout(),
    expect: ANY,
    anonymous: ANY,
  },
  'auth.me': { call: (caller) => caller.auth.me(), expect: NO_WEST, anonymous: ANY },
  'registry.get': { call: (caller) => caller.registry.get(), expect: ANY, anonymous: ANY },
  'templates.instantiate': {
    call: (caller) => caller.templates.instantiate({ templateId: R7, branchId: 'west' }),
    expect: 'FORBIDDEN',
  },
  'templates.bounds': {
    call: (caller) => caller.templates.bounds({ templateId: R7 }),
    expect: ANY,
  },
  'templates.setBounds': {
    call: (caller) => caller.templates.setBounds({ templateId: R7, bounds: {} }),
    expect: 'FORBIDDEN',
  },
  'campaigns.create': {
    call: (caller) => caller.campaigns.create({ templateId: R7, branchId: 'west' }),
    expect: 'FORBIDDEN',
  },
  'campaigns.update': {
    call: (caller) => caller.campaigns.update({ ...step, document }),
    expect: EDITORS('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.get': { call: (c) => c.campaigns.get({ id: WEST_CAMPAIGN }), expect: 'NOT_FOUND' },
  'campaigns.list': { call: (c) => c.campaigns.list({ branchId: 'west' }), expect: EMPTY },
  'campaigns.publish': {
    call: (caller) => caller.campaigns.publish(step),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.versions': {
    call: (caller) => caller.campaigns.versions({ id: WEST_CAMPAIGN }),
    expect: 'NOT_FOUND',
  },
  'campaigns.submit': {
    call: (caller) => caller.campaigns.submit(step),
    expect: EDITORS('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.approve': {
    call: (caller) => caller.campaigns.approve(step),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.sendBack': {
    call: (caller) => caller.campaigns.sendBack({ ...step, reason: 'no' }),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.pause': {
    call: (caller) => caller.campaigns.pause(step),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.resume': {
    call: (caller) => caller.campaigns.resume(step),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.end': {
    call: (caller) => caller.campaigns.end(step),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.events': {
    call: (caller) => caller.campaigns.events({ id: WEST_CAMPAIGN }),
    expect: 'NOT_FOUND',
  },
  'campaigns.version': {
    call: (caller) => caller.campaigns.version({ id: WEST_CAMPAIGN, version: 1 }),
    expect: 'NOT_FOUND',
  },
  'campaigns.restore': {
    call: (caller) => caller.campaigns.restore({ ...step, version: 1 }),
    expect: EDITORS('NOT_FOUND', 'FORBIDDEN'),
  },
  'campaigns.templateChanges': {
    call: (caller) => caller.campaigns.templateChanges({ id: WEST_CAMPAIGN }),
    expect: 'NOT_FOUND',
  },
  'campaigns.takeTemplateChange': {
    call: (caller) => caller.campaigns.takeTemplateChange(step),
    expect: EDITORS('NOT_FOUND', 'FORBIDDEN'),
  },
  'builder.validate': { call: (c) => c.builder.validate({ document }), expect: NO_WEST },
  'builder.estimate': { call: (c) => c.builder.estimate({ document }), expect: NO_WEST },
  'branches.list': { call: (caller) => caller.branches.list(), expect: NO_WEST },
  'branches.create': {
    call: (caller) => caller.branches.create({ id: 'west-2', nameZh: '西', nameEn: 'W' }),
    expect: 'FORBIDDEN',
  },
  'customers.list': { call: (caller) => caller.customers.list(), expect: NO_WEST },
  'users.list': {
    call: (caller) => caller.users.list({ branchId: 'west' }),
    expect: {
      'branch-manager': EMPTY,
      marketer: 'FORBIDDEN',
      integrator: 'FORBIDDEN',
      auditor: EMPTY,
    },
  },
  'users.create': {
    call: (caller) =>
      caller.users.create({
        username: 'west-new',
        password: 'long enough',
        displayName: '西',
        role: 'marketer',
        branchId: 'west',
      }),
    expect: 'FORBIDDEN',
  },
  'users.update': {
    call: (caller) => caller.users.update({ id: WEST_USER, displayName: 'taken over' }),
    expect: MANAGER_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'audit.list': {
    call: (caller) => caller.audit.list({ branchId: 'west' }),
    expect: {
      'branch-manager': { answer: (value) => (value as { entries: [] }).entries.length === 0 },
      marketer: 'FORBIDDEN',
      integrator: 'FORBIDDEN',
      auditor: { answer: (value) => (value as { entries: [] }).entries.length === 0 },
    },
  },
  // Checkout evaluation is open to anyone (docs/known-limitations.md); it reads, never writes.
  evaluate: {
    call: (caller) =>
      caller.evaluate({
        context: { instant: '2026-11-11T12:00:00+08:00', customer: {}, lines: [] },
      }),
    expect: ANY,
    anonymous: ANY,
  },
  simulate: {
    call: (caller) =>
      caller.simulate({
        campaignId: WEST_CAMPAIGN,
        context: { instant: '2026-11-11T12:00:00+08:00', customer: {}, lines: [] },
      }),
    expect: 'NOT_FOUND',
  },
  // Redemption is for checkout machines (integrators) of their own branch; the others may not.
  'redemption.redeem': {
    call: (caller) =>
      caller.redemption.redeem({
        idempotencyKey: 'west-order',
        context: { ...westOrder, branchId: 'west' },
      }),
    expect: 'FORBIDDEN',
  },
  'redemption.complete': {
    call: (caller) =>
      caller.redemption.complete({ redemptionId: 'rd-west', paidAt: '2026-11-11T12:01:00+08:00' }),
    expect: CHECKOUT_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'redemption.cancel': {
    call: (caller) => caller.redemption.cancel({ redemptionId: 'rd-west' }),
    expect: CHECKOUT_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'redemption.refund': {
    call: (caller) => caller.redemption.refund({ redemptionId: 'rd-west' }),
    expect: CHECKOUT_ONLY('NOT_FOUND', 'FORBIDDEN'),
  },
  'coupons.claim': {
    call: (caller) =>
      caller.coupons.claim({
        idempotencyKey: 'west-claim',
        context: { ...westOrder, branchId: 'west', event: { type: 'coupon.claim' } },
      }),
    expect: 'FORBIDDEN',
  },
  'draws.get': {
    call: (caller) => caller.draws.get({ drawId: 'rd-west-g1' }),
    expect: {
      'branch-manager': 'FORBIDDEN',
      marketer: 'FORBIDDEN',
      integrator: 'NOT_FOUND',
      auditor: 'NOT_FOUND',
    },
  },
  'projects.list': { call: (caller) => caller.projects.list(), expect: NO_WEST },
  'projects.get': {
    call: (caller) => caller.projects.get({ id: 'west-project' }),
    expect: 'NOT_FOUND',
  },
  'projects.recordStage': {
    call: (caller) =>
      caller.projects.recordStage({
        id: 'west-project',
        stage: 'application',
        startedOn: '2026-12-01',
        branchId: 'west',
      }),
    // An upsert: another branch's id is refused as taken, as campaigns.create refuses it.
    expect: EDITORS('FORBIDDEN|CONFLICT', 'FORBIDDEN'),
  },
  'alerts.list': { call: (caller) => caller.alerts.list({}), expect: NO_WEST },
};

async function outcomeOf(call: Promise<unknown>): Promise<{ code?: string; value?: unknown }> {
  try {
    return { value: await call };
  } catch {
    return { code: (await refusalOf(call)).code };
  }
}

function matches(outcome: Outcome, got: { code?: string; value?: unknown }): boolean {
  if (typeof outcome === 'string')
    return got.code !== undefined && outcome.split('|').includes(got.code);
  return got.code === undefined && outcome.answer(got.value);
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `branch scope on ${backendTitle(backend)}`,
    () => {
      let opened: OpenedBackend;
      let services: AppServices;
      const callers = new Map<Role, Caller>();
      const usernames: Record<Role, string> = {
        'branch-manager': 'east-manager',
        marketer: 'east-marketer',
        integrator: 'east-integrator',
        auditor: 'east-auditor',
      };

      beforeAll(async () => {
        opened = await backend.open();
        services = await createTestServices(opened);
        const admin = await signedIn(services, 'hq-admin');
        await admin.branches.create({
          id: 'west',
          nameZh: '华西分公司',
          nameEn: 'West China branch',
        });
        await admin.users.create({
          username: 'west-marketer',
          password: 'west-pass-1',
          displayName: '华西营销',
          role: 'marketer',
          branchId: 'west',
        });
        for (const role of ['integrator', 'auditor'] as const) {
          await admin.users.create({
            username: `east-${role}`,
            password: 'east-pass-1',
            displayName: role,
            role,
            branchId: 'east',
          });
        }
        const created = await admin.campaigns.create({
          templateId: R7,
          id: WEST_CAMPAIGN,
          branchId: 'west',
        });
        await admin.campaigns.publish({ id: created.id, revision: created.revision });
        for (const role of ROLES) {
          const password = role === 'integrator' || role === 'auditor' ? 'east-pass-1' : 'demo1234';
          callers.set(role, await signedIn(services, usernames[role], password));
        }
      });

      afterAll(async () => {
        await services?.database.close();
        await opened?.dispose();
      });

      it('has an entry for every procedure of the app router', () => {
        const procedures = Object.keys(appRouter._def.procedures).sort();
        expect(Object.keys(TABLE).sort()).toEqual(procedures);
      });

      const snapshot = async () => {
        const { repositories } = services;
        return JSON.stringify({
          campaign: await repositories.campaigns.get(WEST_CAMPAIGN),
          versions: await repositories.campaigns.versions(WEST_CAMPAIGN),
          events: await repositories.campaignEvents.list(WEST_CAMPAIGN),
          user: await repositories.users.get(WEST_USER),
          bounds: await repositories.templateBounds.get(R7),
          branches: await repositories.branches.list(),
          users: (await repositories.users.list()).length,
          campaigns: (await repositories.campaigns.list()).length,
        });
      };

      it("refuses each role of another branch, and leaves the west branch's data unchanged", async () => {
        const before = await snapshot();
        const wrong: string[] = [];
        for (const [path, entry] of Object.entries(TABLE)) {
          for (const role of ROLES) {
            const expected =
              typeof entry.expect === 'object' && 'answer' in entry.expect
                ? entry.expect
                : typeof entry.expect === 'string'
                  ? entry.expect
                  : entry.expect[role];
            const fresh = () =>
              signedIn(
                services,
                usernames[role],
                role === 'integrator' || role === 'auditor' ? 'east-pass-1' : 'demo1234',
              );
            const got = await outcomeOf(entry.call(callers.get(role)!, fresh));
            if (!matches(expected, got))
              wrong.push(
                `${path} as ${role}: ${got.code ?? JSON.stringify(got.value).slice(0, 120)}`,
              );
          }
          const got = await outcomeOf(
            entry.call(anonymous(services), async () => anonymous(services)),
          );
          if (!matches(entry.anonymous ?? 'UNAUTHORIZED', got))
            wrong.push(`${path} without a session: ${got.code ?? 'answered'}`);
        }

        expect(wrong).toEqual([]);
        expect(await snapshot()).toBe(before);
      });
    },
  );
}
