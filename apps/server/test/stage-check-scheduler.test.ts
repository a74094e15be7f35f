import { afterEach, describe, expect, it, vi } from 'vitest';
import { backendTitle, testBackends } from '@campaign-studio/storage/test-support';
import { scheduleDailyClose } from '../src/schedule/scheduleDailyClose.js';
import { startServer } from '../src/startServer.js';
import { signedIn, silentLogger } from './support/testServices.js';

const backends = await testBackends();

describe('the daily close job (croner, fake clock)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires at midnight in Shanghai (16:00 UTC), once a day, and not after stop', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T15:59:58Z') });
    const fired: string[] = [];
    const job = scheduleDailyClose('Asia/Shanghai', async () => {
      fired.push(new Date().toISOString());
    });

    await vi.advanceTimersByTimeAsync(1_000);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fired).toEqual(['2026-06-10T16:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(fired).toEqual(['2026-06-10T16:00:00.000Z', '2026-06-11T16:00:00.000Z']);

    job.stop();
    await vi.advanceTimersByTimeAsync(2 * 24 * 60 * 60 * 1000);
    expect(fired).toHaveLength(2);
  });

  it('follows the zone it is given', () => {
    const job = scheduleDailyClose('Europe/Berlin', async () => undefined);
    try {
      // Summer time: Berlin's midnight is 22:00 UTC.
      expect(job.nextRun(new Date('2026-06-10T12:00:00Z'))?.toISOString()).toBe(
        '2026-06-10T22:00:00.000Z',
      );
    } finally {
      job.stop();
    }
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `the stage check in a running server on ${backendTitle(backend)}`,
    () => {
      it('catches up on start (the demo project is late), runs at midnight, stops', async () => {
        const opened = await backend.open();
        // 3 December 2026, 10:00 in Shanghai: the last closed day is 2 December.
        const now = new Date('2026-12-03T10:00:00+08:00');
        const server = await startServer({
          port: 0,
          ...opened,
          seed: true,
          demoProjects: true,
          logger: silentLogger,
          clock: () => now,
        });
        try {
          const manager = await signedIn(server.services, 'east-manager');
          // Site survey begun Monday 23 November (ten days before), 2 working days: due the 25th.
          expect(await manager.projects.list()).toEqual([
            expect.objectContaining({
              id: 'YK-DEMO-0001',
              stage: 'site-survey',
              stageStartedOn: '2026-11-23',
              deadline: '2026-11-25',
            }),
          ]);
          expect(await manager.alerts.list({})).toEqual([
            expect.objectContaining({
              projectId: 'YK-DEMO-0001',
              day: '2026-12-02',
              deadline: '2026-11-25',
              daysLate: 7,
              first: false,
              accountManager: 'east-manager',
            }),
          ]);

          const scheduler = server.stageChecks;
          expect(scheduler?.zones()).toEqual(['Asia/Shanghai']);
          expect(scheduler?.nextRun('Asia/Shanghai')?.toISOString()).toBe(
            '2026-12-03T16:00:00.000Z',
          );
        } finally {
          await server.close();
          await opened.dispose();
        }

        expect(server.stageChecks?.isStopped()).toBe(true);
        expect(server.stageChecks?.nextRun('Asia/Shanghai')).toBeUndefined();
      });
    },
  );
}
