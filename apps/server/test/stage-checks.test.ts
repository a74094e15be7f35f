import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { createAppServices } from '../src/createAppServices.js';
import { checkClosedDays } from '../src/schedule/checkClosedDays.js';
import { runStageCheck } from '../src/schedule/runStageCheck.js';
import { signedIn, silentLogger, type Caller } from './support/testServices.js';

const backends = await testBackends();

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const ZONE = 'Asia/Shanghai';

/** The tRPC error a call failed with, with the input issues when there are some. */
async function failure(call: Promise<unknown>): Promise<TRPCError & { issues?: unknown[] }> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    const trpc = error as TRPCError;
    return Object.assign(trpc, { issues: (trpc.cause as { issues?: unknown[] })?.issues });
  }
  throw new Error('expected the call to fail');
}

/** W2's template with its eight stages; the site survey has 2 working days. */
async function connectionCampaign(
  caller: Caller,
  id: string,
  days = { firstDay: '2026-01-01', lastDay: '2027-12-31' },
): Promise<string> {
  const draft = await caller.campaigns.create({
    templateId: 'power.connection-progress',
    params: { days },
    id,
  });
  await caller.campaigns.publish({ id: draft.id, revision: draft.revision });
  return draft.id;
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `W2 daily stage check on ${backendTitle(backend)}`,
    () => {
      let opened: OpenedBackend;
      let services: AppServices;
      let now = new Date('2026-06-05T09:00:00+08:00');
      let admin: Caller;
      let eastManager: Caller;

      beforeAll(async () => {
        opened = await backend.open();
        services = await createAppServices({
          ...(opened.databaseUrl === undefined ? {} : { databaseUrl: opened.databaseUrl }),
          ...(opened.dataDir === undefined ? {} : { dataDir: opened.dataDir }),
          seed: true,
          logger: silentLogger,
          clock: () => now,
          // The clock moves on by days here; sessions must outlive it.
          sessionTtlMs: YEAR_MS,
        });
        admin = await signedIn(services, 'hq-admin');
        eastManager = await signedIn(services, 'east-manager');
        await connectionCampaign(eastManager, 'east-connection');
      });

      afterAll(async () => {
        await services?.database.close();
        await opened?.dispose();
      });

      it('records a project begun Friday 5 June: the survey is due Tuesday 9 June', async () => {
        const project = await eastManager.projects.recordStage({
          id: 'YK-2026-0042',
          stage: 'site-survey',
          startedOn: '2026-06-05',
          campaignId: 'east-connection',
          customer: '苏州精工机械有限公司',
          accountManager: 'zhao.min',
        });

        expect(project).toMatchObject({
          id: 'YK-2026-0042',
          branchId: 'east',
          stage: 'site-survey',
          stageName: { 'zh-CN': '现场勘查', en: 'Site survey' },
          stageStartedOn: '2026-06-05',
          deadline: '2026-06-09',
          accountManager: 'zhao.min',
        });
        expect(project.finishedOn).toBeUndefined();
      });

      it('audits the recorded project, and refuses a day outside the years 2000–2100', async () => {
        const { entries } = await admin.audit.list({
          entityType: 'project',
          entityId: 'YK-2026-0042',
        });
        expect(entries.map((entry) => [entry.action, entry.actorUsername])).toEqual([
          ['create', 'east-manager'],
        ]);
        expect(entries[0]?.diff).toContainEqual({
          path: '/stage',
          op: 'add',
          after: 'site-survey',
        });

        const early = await failure(
          eastManager.projects.recordStage({
            id: 'YK-2026-0042',
            stage: 'site-survey',
            startedOn: '0000-01-01',
          }),
        );
        expect(early.code).toBe('BAD_REQUEST');
        expect(early.issues).toEqual([
          expect.objectContaining({ path: '/startedOn', keyword: 'year-range' }),
        ]);
      });

      it('on the deadline day there is no alert', async () => {
        const result = await runStageCheck(services, '2026-06-09');

        expect(result).toMatchObject({ day: '2026-06-09', projects: 1, found: 0, stored: [] });
        expect(await eastManager.alerts.list({})).toEqual([]);
      });

      it('the first day late → one alert, first, to the account manager', async () => {
        const result = await runStageCheck(services, '2026-06-10');

        expect(result.stored).toHaveLength(1);
        expect(await eastManager.alerts.list({ projectId: 'YK-2026-0042' })).toEqual([
          {
            projectId: 'YK-2026-0042',
            branchId: 'east',
            stage: 'site-survey',
            stageName: { 'zh-CN': '现场勘查', en: 'Site survey' },
            day: '2026-06-10',
            deadline: '2026-06-09',
            daysLate: 1,
            first: true,
            accountManager: 'zhao.min',
            createdAt: now.toISOString(),
          },
        ]);
      });

      it('the next day → a second alert, not the first, 2 days late', async () => {
        await runStageCheck(services, '2026-06-11');
        const alerts = await eastManager.alerts.list({ day: '2026-06-11' });

        expect(alerts.map(({ day, daysLate, first }) => ({ day, daysLate, first }))).toEqual([
          { day: '2026-06-11', daysLate: 2, first: false },
        ]);
        expect((await eastManager.projects.get({ id: 'YK-2026-0042' })).alerts).toHaveLength(2);
      });

      it('running the same day again keeps one alert for that day', async () => {
        const again = await runStageCheck(services, '2026-06-11');

        expect(again).toMatchObject({ found: 1, stored: [] });
        expect(await eastManager.alerts.list({ day: '2026-06-11' })).toHaveLength(1);
      });

      it('three checks of one day at once store exactly one alert', async () => {
        const runs = await Promise.all([1, 2, 3].map(() => runStageCheck(services, '2026-06-12')));

        expect(runs.map((run) => run.stored.length).reduce((a, b) => a + b)).toBe(1);
        expect(await eastManager.alerts.list({ day: '2026-06-12' })).toHaveLength(1);
      });

      it('a stage finished on time raises none, then or later', async () => {
        await eastManager.projects.recordStage({
          id: 'YK-2026-0043',
          stage: 'site-survey',
          startedOn: '2026-06-05',
          finishedOn: '2026-06-09',
          campaignId: 'east-connection',
          customer: '无锡华光电子',
          accountManager: 'qian.li',
        });
        await runStageCheck(services, '2026-06-10');
        await runStageCheck(services, '2026-06-12');

        expect(await eastManager.alerts.list({ projectId: 'YK-2026-0043' })).toEqual([]);
      });

      it('after a missed day, catch-up checks each day since the last one, in order', async () => {
        // Last checked: 12 June. The server comes back at 00:30 on 15 June (Shanghai).
        now = new Date('2026-06-15T00:30:00+08:00');
        const results = await checkClosedDays(services, ZONE);

        expect(results.map((result) => result.day)).toEqual(['2026-06-13', '2026-06-14']);
        const alerts = await eastManager.alerts.list({ projectId: 'YK-2026-0042' });
        expect(alerts.map(({ day, daysLate }) => [day, daysLate])).toEqual([
          ['2026-06-14', 5],
          ['2026-06-13', 4],
          ['2026-06-12', 3],
          ['2026-06-11', 2],
          ['2026-06-10', 1],
        ]);
        expect(await checkClosedDays(services, ZONE)).toEqual([]);
      });

      it('recording the next stage moves the deadline: no alert until it is late', async () => {
        const moved = await eastManager.projects.recordStage({
          id: 'YK-2026-0042',
          stage: 'supply-plan-review',
          startedOn: '2026-06-15',
        });

        expect(moved).toMatchObject({ deadline: '2026-06-29', customer: '苏州精工机械有限公司' });
        expect((await runStageCheck(services, '2026-06-16')).found).toBe(0);
      });

      it("keeps each branch to its projects: another branch's project is NOT_FOUND", async () => {
        await connectionCampaign(admin, 'hq-connection', {
          firstDay: '2026-01-01',
          lastDay: '2026-06-20',
        });
        await admin.projects.recordStage({
          id: 'YK-HQ-0001',
          stage: 'application',
          startedOn: '2026-06-15',
          campaignId: 'hq-connection',
          customer: '总部直管客户',
          accountManager: 'sun.hao',
        });

        expect((await eastManager.projects.list()).map((project) => project.id)).toEqual([
          'YK-2026-0042',
          'YK-2026-0043',
        ]);
        expect((await admin.projects.list()).map((project) => project.id)).toContain('YK-HQ-0001');
        const hidden = await failure(eastManager.projects.get({ id: 'YK-HQ-0001' }));
        expect(hidden.code).toBe('NOT_FOUND');
        const write = eastManager.projects.recordStage({
          id: 'YK-HQ-0001',
          stage: 'site-survey',
          startedOn: '2026-06-16',
        });
        // Its id cannot be used here either; the answer is the one for any taken id.
        expect(await failure(write)).toMatchObject({ code: 'CONFLICT', reason: 'id-unavailable' });

        // Application: 1 working day, due Tuesday 16 June; late on the 17th.
        await runStageCheck(services, '2026-06-17');
        expect(await eastManager.alerts.list({ day: '2026-06-17' })).toEqual([]);
        expect(await admin.alerts.list({ day: '2026-06-17' })).toEqual([
          expect.objectContaining({ projectId: 'YK-HQ-0001', branchId: 'hq', first: true }),
        ]);
      });

      // PGlite serves one process; this needs a second one on the same database.
      const itWithPostgres = backend.name === 'postgres' ? it : () => undefined;
      itWithPostgres('two server processes checking the same day store one alert', async () => {
        const other = await createAppServices({
          databaseUrl: opened.databaseUrl,
          logger: silentLogger,
          clock: () => now,
        });
        try {
          // The HQ project's application is 2 days late on 18 June.
          const runs = await Promise.all([
            runStageCheck(services, '2026-06-18'),
            runStageCheck(other, '2026-06-18'),
          ]);

          expect(runs.map((run) => run.stored.length).sort()).toEqual([0, 1]);
          expect(await admin.alerts.list({ day: '2026-06-18' })).toEqual([
            expect.objectContaining({ projectId: 'YK-HQ-0001', daysLate: 2, first: false }),
          ]);
        } finally {
          await other.database.close();
        }
      });

      it('a campaign that has ended sets no more deadlines', async () => {
        // hq-connection runs to 20 June; the HQ project is still late after it.
        expect((await runStageCheck(services, '2026-06-20')).stored).toHaveLength(1);
        // Only the east project is still governed by a campaign in force.
        expect(await runStageCheck(services, '2026-06-21')).toMatchObject({
          projects: 1,
          stored: [],
        });
      });

      it('refuses a new project with every problem named by field', async () => {
        const refused = await failure(
          eastManager.projects.recordStage({
            id: 'YK-2026-0099',
            stage: 'site-survey',
            startedOn: '2026-02-30',
          }),
        );

        expect(refused.code).toBe('BAD_REQUEST');
        expect(refused.issues).toEqual([
          expect.objectContaining({ path: '/startedOn', field: 'startedOn', keyword: 'format' }),
          expect.objectContaining({ path: '/campaignId', keyword: 'required' }),
          expect.objectContaining({ path: '/customer', keyword: 'required' }),
          expect.objectContaining({ path: '/accountManager', keyword: 'required' }),
        ]);
        expect(await eastManager.projects.list()).toHaveLength(2);
      });

      it('refuses an unknown stage, a draft campaign, a finish before the start', async () => {
        const base = {
          id: 'YK-2026-0042',
          startedOn: '2026-06-15',
        };
        const stage = await failure(
          eastManager.projects.recordStage({ ...base, stage: 'site-visit' }),
        );
        expect(stage.issues).toEqual([expect.objectContaining({ path: '/stage' })]);
        expect(stage.message).toContain('application, site-survey, supply-plan-review');

        const early = await failure(
          eastManager.projects.recordStage({
            ...base,
            stage: 'supply-plan-review',
            finishedOn: '2026-06-14',
          }),
        );
        expect(early.issues).toEqual([
          expect.objectContaining({ path: '/finishedOn', keyword: 'before-start' }),
        ]);

        const draft = await eastManager.campaigns.create({
          templateId: 'power.connection-progress',
          id: 'east-connection-draft',
        });
        const unpublished = await failure(
          eastManager.projects.recordStage({
            ...base,
            stage: 'supply-plan-review',
            campaignId: draft.id,
          }),
        );
        expect(unpublished.issues).toEqual([
          expect.objectContaining({ path: '/campaignId', keyword: 'no-stage-table' }),
        ]);
        expect(unpublished.message).toContain('not published');

        const project = await eastManager.projects.get({ id: 'YK-2026-0042' });
        expect(project).toMatchObject({
          stage: 'supply-plan-review',
          campaignId: 'east-connection',
        });
      });

      it('only editors record stages; a bad day in alerts.list names the field', async () => {
        const auditor = await signedIn(services, 'auditor');
        const refused = await failure(
          auditor.projects.recordStage({
            id: 'YK-2026-0042',
            stage: 'supply-plan-review',
            startedOn: '2026-06-15',
          }),
        );
        expect(refused.code).toBe('FORBIDDEN');

        const day = await failure(auditor.alerts.list({ day: '2026-13-01' }));
        expect(day.issues).toEqual([expect.objectContaining({ path: '/day', field: 'day' })]);
      });
    },
  );
}
