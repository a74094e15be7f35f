/**
 * The builder's procedures: every problem of a draft as an answer (not an error), and the
 * costs the retail estimators compute: R10's prize pool, R11's add-ons, R12's budget.
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

describe.skipIf(backend === undefined || backend.skipReason !== undefined)(
  `builder procedures on ${backend ? backendTitle(backend) : 'no backend'}`,
  () => {
    let opened: OpenedBackend;
    let admin: Caller;

    beforeAll(async () => {
      if (!backend) return;
      opened = await backend.open();
      // Before the scenarios' days, so the templates' default windows are not over yet.
      const clock = manualClock('2026-06-01T10:00:00+08:00');
      admin = await signedIn(await createTestServices(opened, { clock: clock.now }), 'hq-admin');
    });

    afterAll(async () => {
      await opened?.dispose();
    });

    it('lists every problem of a draft, each with its pointer', async () => {
      const { issues } = await admin.builder.validate({
        document: {
          id: 'draft-1',
          version: 1,
          name: { 'zh-CN': '草稿', en: 'Draft' },
          rules: [
            {
              id: 'r1',
              when: { all: [{ block: 'core.order-amount', params: { min: 500 } }] },
              then: [{ block: 'core.amount-off', params: { amount: -500 } }],
            },
            { id: 'r2', then: [] },
          ],
        },
      });

      expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([
        ['/rules/1/then', 'error'],
        ['/rules/0/then/0/params/amount', 'error'],
      ]);
    });

    it('estimates R10 and R12 from the scratch-card rules', async () => {
      const { document } = await admin.templates.instantiate({
        templateId: 'retail.scratch-cards',
      });
      const estimate = await admin.builder.estimate({ document: { ...document } });

      expect(estimate.lines.map((line) => [line.id, line.amount])).toEqual([
        ['prize-pool:/rules/0/then/0', 629300],
      ]);
      expect(estimate.budget?.planned).toBe(1550000);
      expect(estimate.budget?.merchantsCarry).toBe(700000);
      expect(estimate.budget?.ownShare).toBe(850000);
      expect(estimate.budget?.rows.find((row) => row.id === 'prizes')?.estimate).toBe(629300);
      expect(estimate.warnings).toEqual([]);
    });

    it('estimates R11 add-ons at 2,160.00 net from the template params', async () => {
      const template = admin.templates.instantiate({ templateId: 'retail.sweet-add-ons' });
      const { document } = await template;
      const registry = await admin.registry.get();
      const defaults = registry.plugins
        .flatMap((plugin) => plugin.templates)
        .find((candidate) => candidate.id === 'retail.sweet-add-ons')?.defaults;
      const estimate = await admin.builder.estimate({
        document: { ...document },
        templateParams: defaults ?? {},
      });

      expect(estimate.lines.map((line) => line.amount)).toEqual([216000]);
    });

    it('estimates a prize pool for a campaign built from blank blocks', async () => {
      const prizes = [
        { prize: 'phone', name: { 'zh-CN': '手机', en: 'Phone' }, quantity: 1, value: 111100 },
        { prize: 'gift', name: { 'zh-CN': '礼品', en: 'Gift' }, quantity: 2000, value: 200 },
      ];
      const estimate = await admin.builder.estimate({
        document: {
          id: 'blank-r10',
          version: 1,
          name: { 'zh-CN': '刮刮卡', en: 'Scratch cards' },
          rules: [
            { id: 'r1', then: [{ block: 'retail.scratch-card', params: { cards: 1, prizes } }] },
          ],
        },
      });

      expect(estimate.lines.map((line) => line.amount)).toEqual([511100]);
    });

    it('gives no estimate for a campaign without an estimator', async () => {
      const { document } = await admin.templates.instantiate({
        templateId: 'ecommerce.tiered-coupons',
      });

      expect(await admin.builder.estimate({ document: { ...document } })).toEqual({
        lines: [],
        warnings: [],
      });
    });

    // Plugin lints reach the builder: T1's fairness warning is among a draft's problems.
    const validateT1 = async (params: Record<string, unknown>) => {
      const { document } = await admin.templates.instantiate({
        templateId: 'telecom.recharge-bonus',
        params,
      });
      return (await admin.builder.validate({ document: { ...document } })).issues;
    };

    it('warns, with both values, when a new SIM is worth more than a recharge', async () => {
      const issues = await validateT1({
        existingBonus: 3000,
        newUserBonus: 3000,
        channelSubsidy: 5000,
      });

      expect(issues).toHaveLength(1);
      expect(issues[0]?.severity).toBe('warning');
      expect(issues[0]?.keyword).toBe('telecom.recharge-fairness');
      expect(issues[0]?.message['zh-CN']).toContain('¥80.00');
      expect(issues[0]?.message['zh-CN']).toContain('¥30.00');
    });

    it('stays quiet when both are worth the same', async () => {
      expect(
        await validateT1({ existingBonus: 3000, newUserBonus: 3000, channelSubsidy: 0 }),
      ).toEqual([]);
    });
  },
);
