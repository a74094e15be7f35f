import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRepositories,
  inTransaction,
  migrateToLatest,
  StorageError,
  type Database,
  type Repositories,
} from '../src/index.js';
import { backendTitle, openTestDatabase, testBackends } from './support/backends.js';

const backends = await testBackends();

const name = { 'zh-CN': '双十一', en: 'Double 11' };
const document = { id: 'c1', version: 1, name, rules: [] };

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(`storage on ${backendTitle(backend)}`, () => {
    let database: Database;
    let repositories: Repositories;

    beforeAll(async () => {
      database = await openTestDatabase(backend);
      repositories = createRepositories(database.db);
      expect(await migrateToLatest(database.db)).toEqual([
        '0001-initial',
        '0002-user-english-name',
        '0003-ledger',
        '0004-branch-governance',
        '0005-connection-projects',
        '0006-submitted-changes',
        '0007-usernames-ignore-case',
        '0008-ledger-counter-moves',
        '0009-campaigns-changed-notice',
        '0010-ledger-hot-path',
        '0011-draws-given-back',
      ]);
      await repositories.branches.insert({ id: 'hq', nameZh: '总部', nameEn: 'Headquarters' });
      await repositories.branches.insert({
        id: 'east',
        nameZh: '华东分公司',
        nameEn: 'East China branch',
        parentId: 'hq',
      });
      await repositories.users.insert({
        id: 'u1',
        username: 'hq-admin',
        displayName: 'HQ admin',
        role: 'hq-admin',
        branchId: 'hq',
        passwordHash: 'x',
      });
    });

    afterAll(async () => {
      await database?.close();
    });

    it('migrates idempotently: a second run applies nothing', async () => {
      expect(await migrateToLatest(database.db)).toEqual([]);
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = 'public' and table_name not like 'kysely%'
        order by table_name`.execute(database.db);
      expect(tables.rows.map((row) => row.table_name)).toEqual([
        'audit_entries',
        'branches',
        'campaign_events',
        'campaign_versions',
        'campaigns',
        'connection_projects',
        'customers',
        'ledger_counter_moves',
        'ledger_counters',
        'ledger_customer_days',
        'ledger_draws',
        'ledger_grants',
        'ledger_redemption_claims',
        'ledger_redemptions',
        'login_throttles',
        'sessions',
        'stage_alerts',
        'stage_checks',
        'template_bounds',
        'templates',
        'users',
      ]);
    });

    it('maps branches with and without a parent', async () => {
      expect(await repositories.branches.list()).toEqual([
        { id: 'east', nameZh: '华东分公司', nameEn: 'East China branch', parentId: 'hq' },
        { id: 'hq', nameZh: '总部', nameEn: 'Headquarters' },
      ]);
      expect(await repositories.branches.isEmpty()).toBe(false);
    });

    it('creates a draft at revision 1 and refuses a duplicate id', async () => {
      const created = await repositories.campaigns.create({
        id: 'c1',
        branchId: 'east',
        plugin: 'ecommerce',
        templateId: 'ecommerce.tiered-coupons',
        templateVersion: 1,
        templateParams: { tiers: [{ threshold: 59900, amount: 10000 }] },
        name,
        document,
        createdBy: 'u1',
      });
      expect(created).toMatchObject({
        id: 'c1',
        branchId: 'east',
        status: 'draft',
        revision: 1,
        templateVersion: 1,
        templateParams: { tiers: [{ threshold: 59900, amount: 10000 }] },
        document,
        name,
        createdBy: 'u1',
      });
      expect(created.publishedVersion).toBeUndefined();
      expect(created.createdAt).toBeInstanceOf(Date);

      const duplicate = repositories.campaigns.create({
        id: 'c1',
        branchId: 'hq',
        plugin: 'core',
        name,
        document,
      });
      await expect(duplicate).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('updates only at the current revision', async () => {
      const changed = { ...document, name: { 'zh-CN': '新名', en: 'New name' } };
      const updated = await repositories.campaigns.update('c1', 1, {
        name: changed.name,
        document: changed,
      });
      expect(updated.revision).toBe(2);
      expect(updated.document).toEqual(changed);
      expect(updated.templateParams).toEqual({ tiers: [{ threshold: 59900, amount: 10000 }] });

      const stale = repositories.campaigns.update('c1', 1, { name, document });
      await expect(stale).rejects.toBeInstanceOf(StorageError);
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await repositories.campaigns.get('c1'))?.revision).toBe(2);

      const missing = repositories.campaigns.update('nope', 1, { name, document });
      await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('publishes a frozen version and refuses a stale publish without a version row', async () => {
      const stale = repositories.campaigns.publish('c1', 1, {
        publishedBy: 'u1',
        documentFor: (version) => ({ ...document, version }),
      });
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await repositories.campaigns.versions('c1')).toEqual([]);

      const published = await repositories.campaigns.publish('c1', 2, {
        publishedBy: 'u1',
        documentFor: (version) => ({ ...document, version }),
      });
      expect(published).toMatchObject({ status: 'published', revision: 3, publishedVersion: 1 });
      expect(published.publishedAt).toBeInstanceOf(Date);

      const again = await repositories.campaigns.publish('c1', 3, {
        documentFor: (version) => ({ ...document, version }),
      });
      expect(again.publishedVersion).toBe(2);

      const versions = await repositories.campaigns.versions('c1');
      expect(versions.map((v) => [v.version, v.document.version, v.publishedBy])).toEqual([
        [1, 1, 'u1'],
        [2, 2, undefined],
      ]);
    });

    it('rolls a publish back when building the frozen document fails', async () => {
      const failing = repositories.campaigns.publish('c1', 4, {
        documentFor: () => {
          throw new Error('document rejected');
        },
      });
      await expect(failing).rejects.toThrow('document rejected');
      expect((await repositories.campaigns.versions('c1')).length).toBe(2);
      expect((await repositories.campaigns.get('c1'))?.revision).toBe(4);

      await expect(
        repositories.campaigns.publish('missing', 1, { documentFor: () => document }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('lists published versions by branch', async () => {
      await repositories.campaigns.create({
        id: 'c2',
        branchId: 'hq',
        plugin: 'core',
        name,
        document: { ...document, id: 'c2' },
      });
      const east = await repositories.campaigns.listPublished({ branchIds: ['east', 'hq'] });
      expect(east.map((p) => [p.campaignId, p.version, p.branchId])).toEqual([['c1', 2, 'east']]);
      expect(await repositories.campaigns.listPublished({ branchIds: ['hq'] })).toEqual([]);
      expect(await repositories.campaigns.listPublished({ branchIds: [] })).toEqual([]);

      const drafts = await repositories.campaigns.list({ status: 'draft' });
      expect(drafts.map((c) => c.id)).toEqual(['c2']);
      expect((await repositories.campaigns.list({ branchIds: ['east'] })).map((c) => c.id)).toEqual(
        ['c1'],
      );
      expect(await repositories.campaigns.get('c1', { branchIds: ['hq'] })).toBeUndefined();
    });

    it('rolls back every write of a failed transaction', async () => {
      const attempt = inTransaction(database.db, async (tx) => {
        await tx.customers.insert({
          id: 'k1',
          branchId: 'east',
          name: '张三',
          tier: 'vip',
          tags: ['new'],
        });
        await tx.customers.insert({
          id: 'k2',
          branchId: 'no-such-branch',
          name: '李四',
          tier: 'key',
          tags: [],
        });
      });
      await expect(attempt).rejects.toThrow();
      expect(await repositories.customers.list()).toEqual([]);
    });

    it('stores customers with tags and filters by branch', async () => {
      await repositories.customers.insert({
        id: 'k1',
        branchId: 'east',
        name: '张三',
        phone: '13800000000',
        tier: 'vip',
        tags: ['new', 'app'],
      });
      await repositories.customers.insert({
        id: 'k2',
        branchId: 'hq',
        name: '李四',
        tier: 'ordinary',
        tags: [],
      });
      expect(await repositories.customers.list({ branchIds: ['east'] })).toEqual([
        {
          id: 'k1',
          branchId: 'east',
          name: '张三',
          phone: '13800000000',
          tier: 'vip',
          tags: ['new', 'app'],
        },
      ]);
      expect((await repositories.customers.get('k2'))?.phone).toBeUndefined();
    });

    it('keeps template versions immutable', async () => {
      const template = { id: 't1', version: 1, plugin: 'core', definition: { a: 1 } };
      expect(await repositories.templates.insertIfMissing(template)).toBe(true);
      const again = { ...template, definition: { a: 2 } };
      expect(await repositories.templates.insertIfMissing(again)).toBe(false);
      expect((await repositories.templates.get('t1', 1))?.definition).toEqual({ a: 1 });
      expect((await repositories.templates.list()).length).toBe(1);
    });

    it('finds a session user only before expiry, and deletes sessions', async () => {
      const now = new Date('2026-11-11T04:00:00Z');
      await repositories.sessions.create({
        tokenHash: 'live',
        userId: 'u1',
        expiresAt: new Date(now.getTime() + 60_000),
      });
      await repositories.sessions.create({
        tokenHash: 'old',
        userId: 'u1',
        expiresAt: new Date(now.getTime() - 1),
      });
      expect((await repositories.sessions.findUser('live', now))?.username).toBe('hq-admin');
      expect(await repositories.sessions.findUser('old', now)).toBeUndefined();
      expect(await repositories.sessions.deleteExpired(now)).toBe(1);
      await repositories.sessions.delete('live');
      expect(await repositories.sessions.findUser('live', now)).toBeUndefined();

      const credentials = await repositories.users.findCredentials('hq-admin');
      expect(credentials).toEqual({
        id: 'u1',
        username: 'hq-admin',
        displayName: 'HQ admin',
        role: 'hq-admin',
        branchId: 'hq',
        passwordHash: 'x',
      });
    });
  });
}
