/**
 * What a review of HQ/branch governance (issue 7) found, each pinned down: a branch cannot
 * slip rules past HQ's bounds in the document, a reset ends sessions, a submitted campaign is
 * not edited, a live campaign's change goes through approval, editors alone instantiate, and
 * control characters or absurd nesting are refused by field, not answered with a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendTitle, testBackends } from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { openSignedInSuite, type SignedInSuite } from './support/signedInSuite.js';
import { anonymous, refusalOf, signedIn, type Caller } from './support/testServices.js';

const backends = await testBackends();
const R7 = 'retail.vip-card-ladder';
const BEFORE_R7 = '2026-10-01T09:00:00+08:00';

/** 满 100 减 `amount` fen within `window`. */
function tenOff(id: string, amount: number, window: Record<string, string>) {
  return {
    id,
    version: 1,
    name: { 'zh-CN': '满100减10', en: '10 off 100' },
    window,
    rules: [
      {
        id: 'r1',
        when: { block: 'core.order-amount', params: { min: 10000 } },
        then: [{ block: 'core.amount-off', params: { amount } }],
      },
    ],
  };
}

/** The document with its first number inside `rules` set to `value`, and that number's path. */
function withFirstRuleNumber(document: object, value: number): [Record<string, unknown>, string] {
  const copy = structuredClone(document) as Record<string, unknown>;
  const pending: [unknown, string][] = [[copy.rules, '/rules']];
  while (pending.length > 0) {
    const [node, path] = pending.shift()!;
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, item] of Object.entries(node)) {
      if (typeof item === 'number') {
        (node as Record<string, unknown>)[key] = value;
        return [copy, `${path}/${key}`];
      }
      pending.push([item, `${path}/${key}`]);
    }
  }
  throw new Error('no number in the rules');
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `review fixes on ${backendTitle(backend)}`,
    () => {
      let suite: SignedInSuite | undefined;
      let services: AppServices;
      let admin: Caller;
      let manager: Caller;
      let marketer: Caller;

      beforeAll(async () => {
        // Before the R7 template's November window, so its campaigns are not over yet.
        suite = await openSignedInSuite(backend, { clock: () => new Date(BEFORE_R7) });
        ({ services, admin, manager, marketer } = suite);
      });

      afterAll(async () => {
        await suite?.close();
      });

      it("refuses a branch's document that is not what the template makes from its params", async () => {
        const mall = await marketer.campaigns.create({
          templateId: R7,
          params: { vipMin: 50000, diamondMin: 500000 },
        });
        const [tampered, path] = withFirstRuleNumber(mall.document, 100);
        const refused = await refusalOf(
          marketer.campaigns.update({ id: mall.id, revision: mall.revision, document: tampered }),
        );
        expect(refused.code).toBe('BAD_REQUEST');
        expect(refused.reason).toBe('NOT_FROM_TEMPLATE_PARAMS');
        expect(refused.issues?.map((issue) => issue.path)).toEqual([`/document${path}`]);
        expect((await marketer.campaigns.get({ id: mall.id })).revision).toBe(mall.revision);

        // The document the params make is accepted, and so is HQ shaping it by hand.
        const same = await marketer.campaigns.update({
          id: mall.id,
          revision: mall.revision,
          document: mall.document as unknown as Record<string, unknown>,
        });
        const byHq = await admin.campaigns.update({
          id: mall.id,
          revision: same.revision,
          document: tampered,
        });
        expect(byHq.revision).toBe(same.revision + 1);

        // Nor may a branch send a template's document whole, or restore a version unlike it.
        const { id: _id, ...rest } = tampered;
        const made = await refusalOf(
          marketer.campaigns.create({ document: { ...rest, id: 'east-own-r7' } }),
        );
        expect(made.issues?.map((issue) => issue.path)).toEqual(['/document/template']);

        await manager.campaigns.publish({ id: mall.id, revision: byHq.revision });
        const current = await marketer.campaigns.get({ id: mall.id });
        const restore = await refusalOf(
          marketer.campaigns.restore({ id: mall.id, version: 1, revision: current.revision }),
        );
        expect(restore.issues?.map((issue) => issue.path)).toEqual([`/version${path}`]);
      });

      it('ends the sessions of a user whose password, role or branch changes', async () => {
        await admin.users.create({
          username: 'east-temp',
          password: 'first-pass-1',
          displayName: '临时',
          role: 'marketer',
          branchId: 'east',
        });
        const temp = await signedIn(services, 'east-temp', 'first-pass-1');
        expect((await temp.auth.me()).user?.username).toBe('east-temp');

        await admin.users.update({ id: 'user-east-temp', password: 'second-pass-2' });
        expect((await temp.auth.me()).user).toBeUndefined();
        expect((await refusalOf(temp.campaigns.list({}))).code).toBe('UNAUTHORIZED');

        const again = await signedIn(services, 'east-temp', 'second-pass-2');
        await admin.users.update({ id: 'user-east-temp', displayName: '临时二' });
        expect((await again.auth.me()).user?.displayName).toBe('临时二');
        await admin.users.update({ id: 'user-east-temp', role: 'auditor' });
        expect((await again.auth.me()).user).toBeUndefined();
      });

      it('refuses editing a submitted campaign, and approving one whose window is over', async () => {
        const window = { firstDay: '2099-12-10', lastDay: '2099-12-19' };
        const draft = await marketer.campaigns.create({
          document: tenOff('east-wait', 1000, window),
        });
        const submitted = await marketer.campaigns.submit({
          id: draft.id,
          revision: draft.revision,
        });
        const edit = await refusalOf(
          marketer.campaigns.update({
            id: draft.id,
            revision: submitted.revision,
            document: tenOff('east-wait', 9000, window),
          }),
        );
        expect(edit).toMatchObject({ code: 'CONFLICT', reason: 'wrong-status' });
        expect(edit.message.en).toContain('wait for the decision');

        const past = { firstDay: '2020-01-01', lastDay: '2020-01-02' };
        const old = await marketer.campaigns.create({ document: tenOff('east-past', 1000, past) });
        // Refused at submit already (hq-wording.test.ts has approval's own refusal).
        const submit = await refusalOf(
          marketer.campaigns.submit({ id: old.id, revision: old.revision }),
        );
        expect(submit.code).toBe('BAD_REQUEST');
        expect(submit.issues?.map((issue) => issue.path)).toEqual(['/window']);
      });

      it("submits a live campaign's change: it stays live, waits in the queue, and approval publishes it", async () => {
        const window = { firstDay: '2099-01-01', lastDay: '2099-01-31' };
        const draft = await marketer.campaigns.create({
          document: tenOff('east-live', 1000, window),
        });
        const sent = await marketer.campaigns.submit({ id: draft.id, revision: draft.revision });
        const approved = await manager.campaigns.approve({ id: draft.id, revision: sent.revision });
        expect(approved.lifecycle).toBe('scheduled');

        const changed = await marketer.campaigns.update({
          id: draft.id,
          revision: approved.revision,
          document: tenOff('east-live', 2000, window),
        });
        const pending = await marketer.campaigns.submit({
          id: draft.id,
          revision: changed.revision,
        });
        expect(pending).toMatchObject({
          lifecycle: 'scheduled',
          changeSubmitted: true,
          publishedVersion: 1,
        });
        const queue = await manager.campaigns.list({ lifecycle: ['submitted'] });
        expect(queue.map((campaign) => campaign.id)).toContain('east-live');
        expect(
          (await refusalOf(marketer.campaigns.submit({ id: draft.id, revision: pending.revision })))
            .code,
        ).toBe('CONFLICT');

        const decided = await manager.campaigns.approve({
          id: draft.id,
          revision: pending.revision,
        });
        expect(decided).toMatchObject({
          lifecycle: 'scheduled',
          changeSubmitted: false,
          publishedVersion: 2,
        });
        const published = await manager.campaigns.version({ id: draft.id, version: 2 });
        expect(JSON.stringify(published.document)).toContain('"amount":2000');
        const after = await manager.campaigns.list({ lifecycle: ['submitted'] });
        expect(after.map((campaign) => campaign.id)).not.toContain('east-live');
      });

      it('refuses templates.instantiate to the integrator and the auditor', async () => {
        for (const username of ['integrator', 'auditor']) {
          const caller = await signedIn(services, username);
          const refused = await refusalOf(caller.templates.instantiate({ templateId: R7 }));
          expect(refused.code).toBe('FORBIDDEN');
        }
      });

      it('refuses control characters and deep nesting by field, without an internal error', async () => {
        const login = await refusalOf(
          anonymous(services).auth.login({ username: 'east\u0000manager', password: 'x' }),
        );
        expect(login.code).toBe('BAD_REQUEST');
        expect(login.issues).toEqual([
          expect.objectContaining({ path: '/username', keyword: 'control-character' }),
        ]);

        const named = await refusalOf(
          admin.users.create({
            username: 'nul-user',
            password: 'long-enough-1',
            displayName: 'a\u0000b',
            role: 'marketer',
            branchId: 'east',
          }),
        );
        expect(named.issues?.map((issue) => issue.path)).toEqual(['/displayName']);
        const actor = await refusalOf(admin.audit.list({ actor: '\u0000' }));
        expect(actor.issues?.map((issue) => issue.path)).toEqual(['/actor']);
        const swapped = await refusalOf(
          admin.audit.list({ from: '2026-11-12T00:00:00+08:00', to: '2026-11-11T00:00:00+08:00' }),
        );
        expect(swapped.code).toBe('BAD_REQUEST');
        expect(swapped.issues?.map((issue) => [issue.path, issue.keyword])).toEqual([
          ['/to', 'after-from'],
        ]);
        const day = await admin.audit.list({
          from: '2026-11-11T00:00:00+08:00',
          to: '2026-11-12T00:00:00+08:00',
        });
        expect(day.entries).toEqual([]);

        let deep: Record<string, unknown> = {};
        for (let level = 0; level < 20_000; level += 1) deep = { nested: deep };
        const nested = await refusalOf(
          marketer.campaigns.create({ templateId: R7, params: { vipMin: 50000, deep } }),
        );
        expect(nested.code).toBe('BAD_REQUEST');
        expect(nested.issues?.[0]).toMatchObject({ keyword: 'max-depth', field: 'nested' });
        expect(nested.issues?.[0]?.path.startsWith('/params/deep/nested')).toBe(true);
      });
    },
  );
}
