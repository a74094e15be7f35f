/** Plugin lints reach the builder: T1's fairness warning appears among a draft's problems. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import { createTestServices, signedIn, type Caller } from './support/testServices.js';

const backends = await testBackends();
const backend = backends[0];

describe.skipIf(backend === undefined || backend.skipReason !== undefined)(
  `plugin lints on ${backend ? backendTitle(backend) : 'no backend'}`,
  () => {
    let opened: OpenedBackend;
    let admin: Caller;

    beforeAll(async () => {
      if (!backend) return;
      opened = await backend.open();
      admin = await signedIn(await createTestServices(opened), 'hq-admin');
    });

    afterAll(async () => {
      await opened?.dispose();
    });

    const validate = async (params: Record<string, unknown>) => {
      const { document } = await admin.templates.instantiate({
        templateId: 'telecom.recharge-bonus',
        params,
      });
      return (await admin.builder.validate({ document: { ...document } })).issues;
    };

    it('warns, with both values, when a new SIM is worth more than a recharge', async () => {
      const issues = await validate({
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
        await validate({ existingBonus: 3000, newUserBonus: 3000, channelSubsidy: 0 }),
      ).toEqual([]);
    });
  },
);
