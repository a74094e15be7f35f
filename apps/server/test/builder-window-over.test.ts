/**
 * The builder warns about a window that is already over by the server's clock, which submit and
 * approve would refuse, while it can still be changed; a window still to come gets no warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import { createTestServices, manualClock, signedIn, type Caller } from './support/testServices.js';

const backends = await testBackends();
const backend = backends[0];

const tenOffRule = {
  id: 'r1',
  when: { all: [{ block: 'core.order-amount', params: { min: 10000 } }] },
  then: [{ block: 'core.amount-off', params: { amount: 1000 } }],
};

function tenOff(window: { firstDay: string; lastDay: string }) {
  return {
    id: 'window-check',
    version: 1,
    name: { 'zh-CN': '满减', en: 'Ten off' },
    window,
    rules: [tenOffRule],
  };
}

describe.skipIf(backend === undefined || backend.skipReason !== undefined)(
  `builder window warning on ${backend ? backendTitle(backend) : 'no backend'}`,
  () => {
    let opened: OpenedBackend;
    let marketer: Caller;
    // The day a newcomer found template dates (11 Nov 2026) already past.
    const clock = manualClock('2026-12-03T10:00:00+08:00');

    beforeAll(async () => {
      if (!backend) return;
      opened = await backend.open();
      const services = await createTestServices(opened, { clock: clock.now });
      marketer = await signedIn(services, 'east-marketer');
    });

    afterAll(async () => {
      await opened?.dispose();
    });

    it('warns at /window, in both languages, when the window is over', async () => {
      const { issues } = await marketer.builder.validate({
        document: tenOff({ firstDay: '2026-11-11', lastDay: '2026-11-11' }),
      });

      expect(issues).toEqual([
        {
          path: '/window',
          field: 'window',
          keyword: 'window-over',
          severity: 'warning',
          message: {
            'zh-CN': '活动时间窗口已经结束：活动永远不会生效，修改日期之前也无法提交审批',
            en:
              "the campaign's window is already over: it will never apply, and it cannot be " +
              'submitted until the dates change',
          },
        },
      ]);
    });

    it('says nothing of a window that ends today or later', async () => {
      const today = await marketer.builder.validate({
        document: tenOff({ firstDay: '2026-11-11', lastDay: '2026-12-03' }),
      });
      expect(today.issues).toEqual([]);
    });

    it('answers a malformed window or phases with their errors, not a server error', async () => {
      const base = tenOff({ firstDay: '2026-11-11', lastDay: '2026-11-11' });
      for (const broken of [{ phases: 'x' }, { phases: {} }, { phases: [null] }, { window: 5 }]) {
        const { issues } = await marketer.builder.validate({ document: { ...base, ...broken } });
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
      }
    });

    it('points at the last phase when every phase is over, and not while one is left', async () => {
      const phase = (id: string, firstDay: string, lastDay: string) => ({
        id,
        window: { firstDay, lastDay },
        rules: [{ ...tenOffRule, id: `${id}-r1` }],
      });
      const { id, version, name } = tenOff({ firstDay: '2026-11-01', lastDay: '2026-11-02' });
      const document = { id, version, name };

      const over = await marketer.builder.validate({
        document: {
          ...document,
          phases: [
            phase('warm-up', '2026-11-01', '2026-11-10'),
            phase('main', '2026-11-11', '2026-11-11'),
          ],
        },
      });
      expect(over.issues.map((issue) => [issue.path, issue.keyword, issue.severity])).toEqual([
        ['/phases/1/window', 'window-over', 'warning'],
      ]);

      const oneLeft = await marketer.builder.validate({
        document: {
          ...document,
          phases: [
            phase('early', '2026-11-01', '2026-11-10'),
            phase('late', '2026-12-01', '2026-12-31'),
          ],
        },
      });
      expect(oneLeft.issues).toEqual([]);
    });
  },
);
