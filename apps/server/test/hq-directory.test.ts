/**
 * Users, branches and template versions (issue 7): HQ administers everyone, a branch manager
 * only their branch and never an HQ admin; a campaign made from an older template version is
 * shown what changed and takes the change with its params, or is told which param no longer fits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { DEFAULT_PLUGINS } from '../src/index.js';
import { createTestServices, refusalOf, signedIn, type Caller } from './support/testServices.js';

const backends = await testBackends();
const R7 = 'retail.vip-card-ladder';
const NEWER_RETAIL = fileURLToPath(
  new URL('./fixtures/retailWithNewerVipCards.ts', import.meta.url),
);

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `users, branches and template versions on ${backendTitle(backend)}`,
    () => {
      let opened: OpenedBackend;
      let dataDir: string | undefined;
      let services: AppServices;
      let admin: Caller;
      let manager: Caller;

      beforeAll(async () => {
        opened = await backend.open();
        // PGlite keeps its files on disk here, so that a second server can reopen them.
        if (opened.dataDir !== undefined) {
          dataDir = mkdtempSync(join(tmpdir(), 'cs-hq-'));
          opened = { ...opened, dataDir };
        }
        services = await createTestServices(opened);
        admin = await signedIn(services, 'hq-admin');
        manager = await signedIn(services, 'east-manager');
      });

      afterAll(async () => {
        await services?.database.close();
        await opened?.dispose();
        if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
      });

      it('lets HQ add a branch and people; a manager only in their branch, never an HQ admin', async () => {
        const branch = await admin.branches.create({
          id: 'south',
          nameZh: '华南分公司',
          nameEn: 'South China branch',
        });
        expect(branch).toEqual({
          id: 'south',
          nameZh: '华南分公司',
          nameEn: 'South China branch',
          parentId: 'hq',
        });
        expect(
          (await refusalOf(admin.branches.create({ id: 'south', nameZh: '重', nameEn: 'Again' })))
            .reason,
        ).toBe('branch-exists');

        const created = await manager.users.create({
          username: 'east-clerk',
          password: 'clerk-pass',
          displayName: '华东店员',
          role: 'marketer',
        });
        expect(created).toMatchObject({
          id: 'user-east-clerk',
          branchId: 'east',
          role: 'marketer',
        });
        expect(
          (await signedIn(services, 'east-clerk', 'clerk-pass').then((c) => c.auth.me())).user
            ?.branchId,
        ).toBe('east');

        const hqAdmin = await refusalOf(
          manager.users.create({
            username: 'boss',
            password: 'boss-pass',
            displayName: '老板',
            role: 'hq-admin',
          }),
        );
        expect(hqAdmin).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
        const elsewhere = await refusalOf(
          manager.users.create({
            username: 's1',
            password: 'south-pass',
            displayName: '南',
            role: 'marketer',
            branchId: 'south',
          }),
        );
        expect(elsewhere).toMatchObject({ code: 'FORBIDDEN', reason: 'other-branch' });
        const short = await refusalOf(
          admin.users.create({
            username: 's2',
            password: 'short',
            displayName: '南',
            role: 'marketer',
          }),
        );
        expect(short.issues?.[0]).toMatchObject({ path: '/password', field: 'password' });
        expect(
          (
            await refusalOf(
              admin.users.create({
                username: 'east-clerk',
                password: 'clerk-pass',
                displayName: 'x',
                role: 'marketer',
              }),
            )
          ).reason,
        ).toBe('username-taken');

        expect((await manager.users.list({})).map((user) => user.username)).toEqual([
          'east-clerk',
          'east-manager',
          'east-marketer',
        ]);
        expect((await admin.users.list({})).length).toBe(6);

        const reset = await manager.users.update({
          id: 'user-east-clerk',
          password: 'new-clerk-pass',
          displayNameEn: 'East clerk',
          role: 'branch-manager',
        });
        expect(reset).toMatchObject({ displayNameEn: 'East clerk', role: 'branch-manager' });
        await signedIn(services, 'east-clerk', 'new-clerk-pass');
        const moved = await refusalOf(
          manager.users.update({ id: 'user-east-clerk', branchId: 'south' }),
        );
        expect(moved.code).toBe('FORBIDDEN');
        expect(
          (await refusalOf(manager.users.update({ id: 'user-hq-admin', displayName: 'x' }))).code,
        ).toBe('NOT_FOUND');

        const { entries } = await admin.audit.list({
          entityType: 'user',
          entityId: 'user-east-clerk',
        });
        expect(entries.map((entry) => entry.action)).toEqual(['update', 'create']);
        expect(entries[0]?.diff).toEqual(
          expect.arrayContaining([
            { path: '/role', op: 'replace', before: 'marketer', after: 'branch-manager' },
            { path: '/password', op: 'replace', before: 'old', after: 'reset' },
          ]),
        );
        expect(JSON.stringify(entries)).not.toContain('new-clerk-pass');
      });

      it('shows what a newer template version changes, and takes it with the params', async () => {
        const marketer = await signedIn(services, 'east-marketer');
        const fits = await marketer.campaigns.create({
          templateId: R7,
          id: 'east-mall-cards',
          params: { vipMin: 50000, diamondMin: 500000 },
        });
        const tooLow = await marketer.campaigns.create({ templateId: R7, id: 'east-shop-cards' });
        expect(await marketer.campaigns.templateChanges({ id: fits.id })).toMatchObject({
          upToDate: true,
          fromVersion: 1,
          toVersion: 1,
        });

        // The next release of the plugin brings version 2; the server stores it at start.
        await services.database.close();
        const plugins = DEFAULT_PLUGINS.map((name) =>
          name === '@campaign-studio/plugin-retail' ? NEWER_RETAIL : name,
        );
        services = await createTestServices(opened, { plugins });
        const upgraded = await signedIn(services, 'east-marketer');

        const changes = await upgraded.campaigns.templateChanges({ id: fits.id });
        expect(changes).toMatchObject({
          templateId: R7,
          fromVersion: 1,
          toVersion: 2,
          upToDate: false,
        });
        expect(changes.defaults).toEqual([
          { path: '/diamondMin', op: 'replace', before: 50000, after: 60000 },
        ]);
        expect(changes.bounds).toEqual([
          { path: '/diamondMin/min', op: 'replace', before: 50000, after: 60000 },
        ]);
        expect(changes.campaign).toEqual([]);

        const taken = await upgraded.campaigns.takeTemplateChange({
          id: fits.id,
          revision: fits.revision,
        });
        expect(taken).toMatchObject({ templateVersion: 2, revision: fits.revision + 1 });
        expect(taken.document.template).toEqual({ id: R7, version: 2 });
        expect(taken.templateParams).toMatchObject({ vipMin: 50000, diamondMin: 500000 });

        const refused = await refusalOf(
          upgraded.campaigns.takeTemplateChange({ id: tooLow.id, revision: tooLow.revision }),
        );
        expect(refused.code).toBe('BAD_REQUEST');
        expect(refused.issues).toEqual([
          expect.objectContaining({ path: '/params/diamondMin', keyword: 'bound-min' }),
        ]);
        expect((await upgraded.campaigns.get({ id: tooLow.id })).templateVersion).toBe(1);
      });
    },
  );
}
