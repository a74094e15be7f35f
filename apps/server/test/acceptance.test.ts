/**
 * The path a marketer and a checkout take for E1 (tiered shop coupons): sign in, create the
 * campaign from its template with the defaults, publish, and evaluate a 650.00 order on
 * 11 November for a customer holding the four coupons → 100.00 off, 550.00 to pay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationContext } from '@campaign-studio/engine';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { anonymous, createTestServices, signedIn, type Caller } from './support/testServices.js';

const backends = await testBackends();
const TEMPLATE = 'ecommerce.tiered-coupons';

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(`E1 on ${backendTitle(backend)}`, () => {
    let opened: OpenedBackend;
    let services: AppServices;
    let admin: Caller;
    let hqCampaignId = '';

    beforeAll(async () => {
      opened = await backend.open();
      services = await createTestServices(opened);
      admin = await signedIn(services, 'hq-admin');
    });

    afterAll(async () => {
      await services?.database.close();
      await opened?.dispose();
    });

    /** The plugin's E1 sample: 650.00 on 11 November, holding the four coupons. */
    async function order650(): Promise<EvaluationContext> {
      const registry = await anonymous(services).registry.get();
      const samples = registry.plugins.flatMap((plugin) => plugin.samples);
      const sample = samples.find(
        (candidate) => candidate.template === TEMPLATE && candidate.context.coupons?.length === 4,
      );
      expect(sample, 'the ecommerce plugin carries an E1 sample with four coupons').toBeDefined();

      const context = sample!.context;
      expect(context.instant).toBe('2026-11-11T12:00:00+08:00');
      return context;
    }

    it('creates from the template with its defaults, publishes and evaluates 650.00', async () => {
      const registry = await admin.registry.get();
      const template = registry.plugins
        .flatMap((plugin) => plugin.templates)
        .find((candidate) => candidate.id === TEMPLATE);
      expect(template?.scenarios).toContain('E1');
      expect(registry.refused).toEqual([]);

      const created = await admin.campaigns.create({ templateId: TEMPLATE, params: {} });
      hqCampaignId = created.id;
      expect(created).toMatchObject({
        status: 'draft',
        revision: 1,
        plugin: 'ecommerce',
        templateId: TEMPLATE,
        templateVersion: template?.version,
        branchId: 'hq',
      });
      expect(created.id).toMatch(/^tiered-coupons-[0-9a-f]{6}$/);
      expect(await services.repositories.templates.get(TEMPLATE, template!.version)).toBeDefined();

      const published = await admin.campaigns.publish({ id: created.id, revision: 1 });
      expect(published).toMatchObject({ status: 'published', publishedVersion: 1, revision: 2 });

      const result = await anonymous(services).evaluate({ context: await order650() });
      expect(result.listSubtotal).toBe(65000);
      expect(result.discount).toBe(10000);
      expect(result.payable).toBe(55000);
      expect(result.benefits.map((b) => [b.campaignId, b.amount])).toEqual([[created.id, 10000]]);
      expect(result.lines.map((line) => line.payable).reduce((a, b) => a + b, 0)).toBe(55000);

      const outcome = result.campaigns.find((campaign) => campaign.campaignId === created.id);
      expect(outcome?.status).toBe('applied');
      const applied = outcome?.rules.filter((rule) => rule.status === 'applied') ?? [];
      expect(applied.length).toBe(1);
      expect(applied[0]?.ruleId).toContain('599');
      expect(applied[0]?.name?.en).toContain('599');
      expect(outcome?.rules.filter((rule) => rule.status === 'lost').length).toBe(3);
    });

    it('takes 50.00 off 598.99 and refuses bad template params by field', async () => {
      const context = await order650();
      const result = await anonymous(services).evaluate({
        context: { ...context, lines: [{ id: 'l1', sku: 'a', unitPrice: 59899, quantity: 1 }] },
        explain: false,
      });
      expect(result.discount).toBe(5000);
      expect(result.payable).toBe(54899);

      const negative = admin.campaigns.create({
        templateId: TEMPLATE,
        params: { tiers: [{ coupon: 'shop.x', threshold: 19900, amount: -500 }] },
      });
      await expect(negative).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const error: unknown = await negative.catch((e: unknown) => e);
      expect((error as { cause: { issues: unknown[] } }).cause.issues).toEqual([
        expect.objectContaining({ path: '/params/tiers/0/amount', field: 'amount' }),
      ]);
      expect((await admin.campaigns.list({})).length).toBe(1);
    });

    it('evaluates a branch context against HQ and that branch only', async () => {
      const east = await signedIn(services, 'east-manager');
      const local = await east.campaigns.create({ templateId: TEMPLATE, id: 'east-coupons' });
      expect(local.branchId).toBe('east');
      await east.campaigns.publish({ id: 'east-coupons', revision: 1 });

      const context = await order650();
      const checkout = anonymous(services);
      const inEast = await checkout.evaluate({ context: { ...context, branchId: 'east' } });
      expect(inEast.campaigns.map((c) => c.campaignId).sort()).toEqual(
        ['east-coupons', hqCampaignId].sort(),
      );
      const atHq = await checkout.evaluate({ context: { ...context, branchId: 'hq' } });
      expect(atHq.campaigns.map((c) => c.campaignId)).toEqual([hqCampaignId]);
      // A branch that does not exist is refused, not answered with HQ's campaigns only.
      const unknown = checkout.evaluate({ context: { ...context, branchId: 'west' } });
      await expect(unknown).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      // Both campaigns share the exclusive group "shop-coupon": one coupon per order.
      expect(inEast.discount).toBe(10000);
    });
  });
}
