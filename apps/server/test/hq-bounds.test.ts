/**
 * HQ's template bounds (issue 7, R7): a branch instantiates within them and a violation names
 * the field and the bound; HQ is not bound. Locked params, allowed values and "may add items
 * but not remove HQ's" (keepItems).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendTitle, testBackends } from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { openSignedInSuite, type SignedInSuite } from './support/signedInSuite.js';
import { refusalOf, type Caller } from './support/testServices.js';

const backends = await testBackends();
const R7 = 'retail.vip-card-ladder';
const HERO = 'retail.hero-items';

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `template bounds on ${backendTitle(backend)}`,
    () => {
      let suite: SignedInSuite | undefined;
      let services: AppServices;
      let admin: Caller;
      let manager: Caller;
      let marketer: Caller;

      beforeAll(async () => {
        suite = await openSignedInSuite(backend);
        ({ services, admin, manager, marketer } = suite);
      });

      afterAll(async () => {
        await suite?.close();
      });

      it("R7: HQ's floors 50 / 500; the mall's 500 / 5,000 and the shop's 50 / 500 pass, 49 does not", async () => {
        const bounds = await marketer.templates.bounds({ templateId: R7 });
        expect(bounds).toMatchObject({
          overridden: false,
          bounds: { vipMin: { mode: 'bounded', min: 5000 } },
        });

        const mall = await marketer.campaigns.create({
          templateId: R7,
          params: { vipMin: 50000, diamondMin: 500000 },
        });
        expect(mall.templateParams).toMatchObject({ vipMin: 50000, diamondMin: 500000 });
        const shop = await marketer.templates.instantiate({
          templateId: R7,
          params: { vipMin: 5000, diamondMin: 50000 },
        });
        expect(shop.document.branchId).toBe('east');

        const refused = await refusalOf(
          marketer.templates.instantiate({ templateId: R7, params: { vipMin: 4900 } }),
        );
        expect(refused.code).toBe('BAD_REQUEST');
        expect(refused.reason).toBe('OUTSIDE_BOUNDS');
        expect(refused.issues).toEqual([
          {
            path: '/params/vipMin',
            field: 'vipMin',
            keyword: 'bound-min',
            message: {
              'zh-CN': 'vipMin 不能低于总部下限 ¥50.00（现为 ¥49.00）',
              en: "vipMin must be at least ¥50.00 (HQ's bound); it is ¥49.00",
            },
          },
        ]);

        const update = marketer.campaigns.update({
          id: mall.id,
          revision: mall.revision,
          document: mall.document as unknown as Record<string, unknown>,
          params: { vipMin: 50000, diamondMin: 49999 },
        });
        expect((await refusalOf(update)).issues?.map((issue) => issue.path)).toEqual([
          '/params/diamondMin',
        ]);

        // HQ itself is not bound.
        const hq = await admin.templates.instantiate({ templateId: R7, params: { vipMin: 4900 } });
        expect(hq.document.branchId).toBe('hq');
      });

      it('refuses a changed locked param and a value HQ does not allow', async () => {
        const locked = await refusalOf(
          marketer.templates.instantiate({
            templateId: HERO,
            params: { hqItems: [{ sku: 'tv-1', price: 1 }] },
          }),
        );
        expect(locked.issues).toEqual([
          expect.objectContaining({
            path: '/params/hqItems',
            field: 'hqItems',
            keyword: 'bound-locked',
          }),
        ]);
        expect(locked.issues?.[0]?.message['zh-CN']).toContain('由总部锁定');

        expect(
          (await refusalOf(manager.templates.setBounds({ templateId: R7, bounds: {} }))).code,
        ).toBe('FORBIDDEN');
        const set = await admin.templates.setBounds({
          templateId: R7,
          bounds: {
            days: { mode: 'free' },
            vipMin: { mode: 'bounded', min: 5000 },
            diamondMin: { mode: 'bounded', allowed: [50000, 500000] },
          },
        });
        expect(set.overridden).toBe(true);

        const notAllowed = await refusalOf(
          marketer.templates.instantiate({ templateId: R7, params: { diamondMin: 60000 } }),
        );
        expect(notAllowed.issues).toEqual([
          expect.objectContaining({ path: '/params/diamondMin', keyword: 'bound-allowed' }),
        ]);
        expect(notAllowed.issues?.[0]?.message.en).toBe(
          "diamondMin must be one of HQ's values: ¥500.00, ¥5000.00",
        );
        await marketer.templates.instantiate({ templateId: R7, params: { diamondMin: 500000 } });
      });

      it("keepItems: a branch may add items but not remove or change HQ's", async () => {
        const template = services.registry.template(HERO)!;
        const hqItems = template.defaults.hqItems as Record<string, unknown>[];
        await admin.templates.setBounds({
          templateId: HERO,
          bounds: { hqItems: { mode: 'bounded', keepItems: true }, branchItems: { mode: 'free' } },
        });

        const added = await marketer.templates.instantiate({
          templateId: HERO,
          params: { hqItems: [...hqItems, { sku: 'east-fan', price: 9900 }] },
        });
        expect(added.document.id).toMatch(/^hero-items-/);

        const removed = await refusalOf(
          marketer.templates.instantiate({
            templateId: HERO,
            params: { hqItems: hqItems.slice(1) },
          }),
        );
        expect(removed.issues).toEqual([
          expect.objectContaining({ path: '/params/hqItems', keyword: 'bound-keep-items' }),
        ]);
        const changed = hqItems.map((item, index) => (index === 0 ? { ...item, price: 1 } : item));
        expect(
          (
            await refusalOf(
              marketer.templates.instantiate({ templateId: HERO, params: { hqItems: changed } }),
            )
          ).issues?.[0]?.keyword,
        ).toBe('bound-keep-items');
      });

      it('refuses unusable bounds by field, and audits the bounds it stores', async () => {
        const bad = await refusalOf(
          admin.templates.setBounds({
            templateId: R7,
            bounds: { nope: { mode: 'free' }, vipMin: { mode: 'bounded', min: 9, max: 1 } },
          }),
        );
        expect(bad.issues?.map((issue) => [issue.path, issue.keyword])).toEqual([
          ['/bounds/nope', 'unknown-param'],
          ['/bounds/vipMin', 'min-above-max'],
        ]);
        const tooHigh = await refusalOf(
          admin.templates.setBounds({
            templateId: R7,
            bounds: { vipMin: { mode: 'bounded', min: 6000 } },
          }),
        );
        expect(tooHigh.issues?.[0]).toMatchObject({ path: '/bounds/vipMin', keyword: 'bound-min' });

        const { entries } = await admin.audit.list({ entityId: R7, action: 'set-bounds' });
        expect(entries.length).toBe(1);
        expect(entries[0]?.diff).toEqual(
          expect.arrayContaining([
            { path: '/bounds/diamondMin/min', op: 'remove', before: 50000 },
            { path: '/bounds/diamondMin/allowed', op: 'add', after: [50000, 500000] },
          ]),
        );
        const instantiated = await admin.audit.list({
          entityType: 'template',
          action: 'instantiate',
          actor: 'east-marketer',
        });
        expect(instantiated.entries.length).toBe(3);
      });
    },
  );
}
