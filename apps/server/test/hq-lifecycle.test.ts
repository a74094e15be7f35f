/**
 * The campaign life cycle through the API (issue 7): a branch marketer submits, the manager
 * sends it back with a reason, the marketer resubmits, the manager approves; the campaign is
 * scheduled, runs from its start (injected clock), pauses, resumes and ends. Then an earlier
 * version is restored, and each write is in the audit log with its diff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import {
  anonymous,
  createTestServices,
  manualClock,
  refusalOf,
  signedIn,
  type Caller,
} from './support/testServices.js';

const backends = await testBackends();

/** 满 100 减 `amount` fen, 10–19 Dec 2026 in Shanghai. */
function tenOff(id: string, amount: number): Record<string, unknown> {
  return {
    id,
    version: 1,
    name: { 'zh-CN': '满100减10', en: '10 off 100' },
    window: { firstDay: '2026-12-10', lastDay: '2026-12-19' },
    rules: [
      {
        id: 'r1',
        when: { block: 'core.order-amount', params: { min: 10000 } },
        then: [{ block: 'core.amount-off', params: { amount } }],
      },
    ],
  };
}

const DAY = 24 * 60 * 60 * 1000;
const START = '2026-12-10T00:00:00+08:00';
const orderAt = (instant: string) => ({
  instant,
  branchId: 'east',
  customer: { tier: 'vip' },
  lines: [{ id: 'l1', sku: 'sku-1', unitPrice: 12000, quantity: 1 }],
});

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `life cycle on ${backendTitle(backend)}`,
    () => {
      let opened: OpenedBackend;
      let services: AppServices;
      let marketer: Caller;
      let manager: Caller;
      let integrator: Caller;
      let auditor: Caller;
      const clock = manualClock('2026-12-05T10:00:00+08:00');
      const id = 'east-ten-off';

      beforeAll(async () => {
        opened = await backend.open();
        // Sessions outlive the days the clock jumps over.
        services = await createTestServices(opened, { clock: clock.now, sessionTtlMs: 365 * DAY });
        marketer = await signedIn(services, 'east-marketer');
        manager = await signedIn(services, 'east-manager');
        integrator = await signedIn(services, 'integrator');
        auditor = await signedIn(services, 'auditor');
      });

      afterAll(async () => {
        await services?.database.close();
        await opened?.dispose();
      });

      const discountAt = async (instant: string) =>
        (await anonymous(services).evaluate({ context: orderAt(instant) })).discount;

      it('goes draft → submitted → draft (sent back) → submitted → approved (scheduled)', async () => {
        const created = await marketer.campaigns.create({ document: tenOff(id, 1000) });
        expect(created).toMatchObject({ lifecycle: 'draft', revision: 1, branchId: 'east' });

        expect((await refusalOf(auditor.campaigns.submit({ id, revision: 1 }))).code).toBe(
          'FORBIDDEN',
        );
        expect((await refusalOf(integrator.campaigns.submit({ id, revision: 1 }))).code).toBe(
          'FORBIDDEN',
        );
        expect((await refusalOf(manager.campaigns.approve({ id, revision: 1 }))).reason).toBe(
          'wrong-status',
        );

        const submitted = await marketer.campaigns.submit({ id, revision: 1 });
        expect(submitted).toMatchObject({ lifecycle: 'submitted', revision: 2 });
        const queue = await manager.campaigns.list({ lifecycle: ['submitted'] });
        expect(queue.map((campaign) => campaign.id)).toEqual([id]);

        expect((await refusalOf(marketer.campaigns.approve({ id, revision: 2 }))).code).toBe(
          'FORBIDDEN',
        );
        const noReason = await refusalOf(
          manager.campaigns.sendBack({ id, revision: 2, reason: ' ' }),
        );
        expect(noReason.code).toBe('BAD_REQUEST');
        expect(noReason.issues?.[0]).toMatchObject({ path: '/reason', field: 'reason' });

        const sentBack = await manager.campaigns.sendBack({
          id,
          revision: 2,
          reason: '减免金额请改为 15 元',
        });
        expect(sentBack).toMatchObject({ lifecycle: 'draft', revision: 3 });

        const fixed = await marketer.campaigns.update({
          id,
          revision: 3,
          document: tenOff(id, 1500),
        });
        await marketer.campaigns.submit({ id, revision: fixed.revision });
        const stale = await refusalOf(manager.campaigns.approve({ id, revision: fixed.revision }));
        expect(stale).toMatchObject({ code: 'CONFLICT', reason: 'stale-revision' });

        const approved = await manager.campaigns.approve({ id, revision: fixed.revision + 1 });
        expect(approved).toMatchObject({ lifecycle: 'scheduled', publishedVersion: 1 });
        expect(await discountAt('2026-12-05T10:00:00+08:00')).toBe(0);
      });

      it('runs from its start, and evaluate applies it; paused it gives nothing; resumed again', async () => {
        clock.set(START);
        const running = await manager.campaigns.get({ id });
        expect(running.lifecycle).toBe('running');
        expect(await discountAt(START)).toBe(1500);

        expect(
          (await refusalOf(marketer.campaigns.pause({ id, revision: running.revision }))).code,
        ).toBe('FORBIDDEN');
        expect(
          (await refusalOf(integrator.campaigns.pause({ id, revision: running.revision }))).code,
        ).toBe('FORBIDDEN');
        const paused = await manager.campaigns.pause({ id, revision: running.revision });
        expect(paused.lifecycle).toBe('paused');
        expect(await discountAt(START)).toBe(0);

        expect(
          (await refusalOf(auditor.campaigns.resume({ id, revision: paused.revision }))).code,
        ).toBe('FORBIDDEN');
        const resumed = await manager.campaigns.resume({ id, revision: paused.revision });
        expect(resumed.lifecycle).toBe('running');
        expect(await discountAt('2026-12-12T12:00:00+08:00')).toBe(1500);
      });

      it('restores an earlier version as a new draft revision; publishing makes a new version', async () => {
        const current = await manager.campaigns.get({ id });
        const changed = await marketer.campaigns.update({
          id,
          revision: current.revision,
          document: tenOff(id, 2000),
        });
        const v2 = await manager.campaigns.publish({ id, revision: changed.revision });
        expect(v2).toMatchObject({ publishedVersion: 2, lifecycle: 'running' });
        expect(await discountAt(START)).toBe(2000);

        const first = await marketer.campaigns.version({ id, version: 1 });
        expect(first.document).toMatchObject({
          version: 1,
          rules: [{ then: [{ params: { amount: 1500 } }] }],
        });
        expect((await refusalOf(marketer.campaigns.version({ id, version: 9 }))).code).toBe(
          'NOT_FOUND',
        );

        expect(
          (await refusalOf(auditor.campaigns.restore({ id, version: 1, revision: v2.revision })))
            .code,
        ).toBe('FORBIDDEN');
        const restored = await marketer.campaigns.restore({
          id,
          version: 1,
          revision: v2.revision,
        });
        expect(restored).toMatchObject({ revision: v2.revision + 1, hasUnpublishedChanges: true });
        expect(restored.document).toMatchObject({
          version: 3,
          rules: [{ then: [{ params: { amount: 1500 } }] }],
        });

        const v3 = await manager.campaigns.publish({ id, revision: restored.revision });
        expect(v3.publishedVersion).toBe(3);
        expect(
          (await marketer.campaigns.versions({ id })).map((version) => version.version),
        ).toEqual([1, 2, 3]);
        expect(await discountAt(START)).toBe(1500);
      });

      it('ends: nothing applies any more, and an ended campaign cannot be published', async () => {
        const current = await manager.campaigns.get({ id });
        expect(
          (await refusalOf(marketer.campaigns.end({ id, revision: current.revision }))).code,
        ).toBe('FORBIDDEN');
        const ended = await manager.campaigns.end({ id, revision: current.revision });
        expect(ended.lifecycle).toBe('ended');
        expect(await discountAt(START)).toBe(0);
        expect(
          (await refusalOf(manager.campaigns.resume({ id, revision: ended.revision }))).reason,
        ).toBe('wrong-status');
        expect(
          (await refusalOf(manager.campaigns.publish({ id, revision: ended.revision }))).code,
        ).toBe('CONFLICT');
      });

      it('keeps every step as an event: who, from, to, why', async () => {
        const events = await auditor.campaigns.events({ id });
        expect(events.map((event) => [event.from, event.to, event.actorId])).toEqual([
          ['draft', 'submitted', 'user-east-marketer'],
          ['submitted', 'draft', 'user-east-manager'],
          ['draft', 'submitted', 'user-east-marketer'],
          ['submitted', 'approved', 'user-east-manager'],
          ['running', 'paused', 'user-east-manager'],
          ['paused', 'approved', 'user-east-manager'],
          ['running', 'approved', 'user-east-manager'],
          ['running', 'approved', 'user-east-manager'],
          ['running', 'ended', 'user-east-manager'],
        ]);
        expect(events[1]?.reason).toBe('减免金额请改为 15 元');
        expect(events[3]?.version).toBe(1);
      });

      it('has an audit entry with a diff for each write, readable by the auditor and the manager', async () => {
        const { entries } = await auditor.audit.list({
          entityType: 'campaign',
          entityId: id,
          limit: 100,
        });
        expect(entries.map((entry) => entry.action).reverse()).toEqual([
          'create',
          'submit',
          'sendBack',
          'update',
          'submit',
          'approve',
          'pause',
          'resume',
          'update',
          'publish',
          'restore-version-1',
          'publish',
          'end',
        ]);
        const update = entries.find((entry) => entry.action === 'update');
        expect(update?.diff).toEqual(
          expect.arrayContaining([
            {
              path: '/document/rules/0/then/0/params/amount',
              op: 'replace',
              before: 1500,
              after: 2000,
            },
          ]),
        );
        const sendBack = entries.find((entry) => entry.action === 'sendBack');
        expect(sendBack?.diff).toEqual(
          expect.arrayContaining([
            { path: '/lifecycle', op: 'replace', before: 'submitted', after: 'draft' },
            { path: '/reason', op: 'add', after: '减免金额请改为 15 元' },
          ]),
        );
        expect(
          entries.every((entry) => entry.actorUsername !== undefined && entry.branchId === 'east'),
        ).toBe(true);

        const managerView = await manager.audit.list({ entityId: id });
        expect(managerView.entries.length).toBe(entries.length);
        const page = await auditor.audit.list({ entityId: id, limit: 5 });
        expect(page.entries.length).toBe(5);
        const next = await auditor.audit.list({ entityId: id, limit: 5, cursor: page.nextCursor! });
        expect(next.entries[0]?.id).toBe(entries[5]?.id);
        expect((await refusalOf(marketer.audit.list({}))).code).toBe('FORBIDDEN');
      });
    },
  );
}
