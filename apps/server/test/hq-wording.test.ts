/**
 * Second review of HQ/branch governance (issue 7): refusals in plain words (no regular
 * expressions, no English codes in Chinese), usernames that ignore case, taken ids answered
 * alike in every branch, publishers' names on versions, and submit refusing an ended window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendTitle, testBackends } from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { openSignedInSuite, type SignedInSuite } from './support/signedInSuite.js';
import { startServer, type RunningServer } from '../src/startServer.js';
import { parseTrustProxy } from '../src/trustProxySetting.js';
import {
  anonymous,
  manualClock,
  refusalOf,
  signedIn,
  silentLogger,
  type Caller,
} from './support/testServices.js';

const backends = await testBackends();
const HERO = 'retail.hero-items';
const RAW_WORDING = /must match|应当匹配|\\S|date-time|\^\[/;

/** 满 100 减 10 within `window`. */
function tenOff(id: string, window: Record<string, string>) {
  return {
    id,
    version: 1,
    name: { 'zh-CN': '满100减10', en: '10 off 100' },
    window,
    rules: [
      {
        id: 'r1',
        when: { block: 'core.order-amount', params: { min: 10000 } },
        then: [{ block: 'core.amount-off', params: { amount: 1000 } }],
      },
    ],
  };
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `review wording on ${backendTitle(backend)}`,
    () => {
      let suite: SignedInSuite | undefined;
      let services: AppServices;
      let admin: Caller;
      let manager: Caller;
      let marketer: Caller;
      const clock = manualClock('2026-10-01T09:00:00+08:00');

      beforeAll(async () => {
        suite = await openSignedInSuite(backend, { clock: clock.now });
        ({ services, admin, manager, marketer } = suite);
      });

      afterAll(async () => {
        await suite?.close();
      });

      it('says what a pattern or format allows, in both languages, by field', async () => {
        const draft = await marketer.campaigns.create({
          document: tenOff('east-words', { firstDay: '2099-01-01', lastDay: '2099-01-02' }),
        });
        const sent = await marketer.campaigns.submit({ id: draft.id, revision: draft.revision });
        const blank = await refusalOf(
          manager.campaigns.sendBack({ id: draft.id, revision: sent.revision, reason: '   ' }),
        );
        expect(blank.issues).toEqual([
          {
            path: '/reason',
            field: 'reason',
            keyword: 'pattern',
            message: {
              'zh-CN': '不能为空白：请至少填写一个非空格的字符',
              en: 'must not be blank: write at least one character other than a space',
            },
          },
        ]);

        const range = await refusalOf(admin.audit.list({ from: 'yesterday', to: '2026-13-01' }));
        expect(range.issues?.map((issue) => [issue.path, issue.message.en])).toEqual([
          ['/from', 'must be a date and time with its zone, such as 2026-11-01T09:00:00+08:00'],
          ['/to', 'must be a date and time with its zone, such as 2026-11-01T09:00:00+08:00'],
        ]);
        expect(range.issues?.[0]?.message['zh-CN']).toBe(
          '必须是带时区的日期和时间，例如 2026-11-01T09:00:00+08:00',
        );

        const refusals = [
          range,
          blank,
          await refusalOf(
            admin.users.create({
              username: 'li si',
              password: 'long enough',
              displayName: '李四',
              role: 'marketer',
            }),
          ),
          await refusalOf(marketer.campaigns.create({ templateId: HERO, id: '-dash' })),
          await refusalOf(admin.branches.create({ id: 'North', nameZh: '北', nameEn: 'North' })),
          await refusalOf(admin.audit.list({ cursor: 'abc' })),
          await refusalOf(
            manager.projects.recordStage({ id: 'YK-1', stage: 'Survey', startedOn: '1 June' }),
          ),
        ];
        const messages = refusals.flatMap((refusal) => refusal.issues ?? []);
        expect(messages.map((issue) => issue.field)).toEqual([
          'from',
          'to',
          'reason',
          'username',
          'id',
          'id',
          'cursor',
          'stage',
          'startedOn',
        ]);
        for (const issue of messages) {
          expect(issue.message.en).not.toMatch(RAW_WORDING);
          expect(issue.message['zh-CN']).not.toMatch(RAW_WORDING);
        }
        expect(messages[3]?.message.en).toBe(
          'may contain only letters, digits, ".", "_" and "-", and must start with a letter or digit',
        );
        expect(messages[5]?.message['zh-CN']).toBe(
          '只能包含小写字母、数字和连字符（-），并以小写字母或数字开头',
        );
      });

      it('names the HQ item a branch dropped from a keepItems list', async () => {
        const hqItems = services.registry.template(HERO)!.defaults.hqItems as { sku: string }[];
        await admin.templates.setBounds({
          templateId: HERO,
          bounds: { hqItems: { mode: 'bounded', keepItems: true } },
        });
        const removed = await refusalOf(
          marketer.templates.instantiate({
            templateId: HERO,
            params: { hqItems: hqItems.slice(1) },
          }),
        );
        expect(removed.issues?.[0]?.message).toEqual({
          'zh-CN': `hqItems 必须保留总部的第 1 项（${hqItems[0]?.sku}）且不能修改；可以新增项目`,
          en:
            `hqItems must keep HQ's item 1 (${hqItems[0]?.sku}) unchanged; ` +
            'add items instead of changing it',
        });
      });

      it('speaks of statuses, steps and roles by their Chinese names in Chinese', async () => {
        const draft = await marketer.campaigns.create({
          document: tenOff('east-names', { firstDay: '2099-02-01', lastDay: '2099-02-02' }),
        });
        const pause = await refusalOf(manager.campaigns.pause({ id: draft.id, revision: 1 }));
        expect(pause.message['zh-CN']).toBe(
          '活动当前状态为“草稿”；只有状态为“已排期”或“进行中”时才能暂停。',
        );
        const role = await refusalOf(marketer.campaigns.approve({ id: draft.id, revision: 1 }));
        expect(role.message['zh-CN']).toBe(
          '营销人员不能审批或退回活动；需要以下角色之一：总部管理员、分支经理。',
        );
        for (const refusal of [pause, role]) {
          expect(refusal.message['zh-CN']).not.toMatch(/[a-z]{3,}/);
        }
      });

      it('ignores the case of usernames: stored, refused, signed in, locked', async () => {
        const created = await manager.users.create({
          username: 'Wang.Wu',
          password: 'long enough',
          displayName: '王五',
          role: 'marketer',
        });
        expect(created).toMatchObject({ id: 'user-wang.wu', username: 'wang.wu' });
        const again = await refusalOf(
          manager.users.create({
            username: 'WANG.WU',
            password: 'long enough',
            displayName: '王五',
            role: 'marketer',
          }),
        );
        expect(again).toMatchObject({ code: 'CONFLICT', reason: 'username-taken' });
        expect(again.message.en).toMatch(/^username: /);
        expect(again.message['zh-CN']).toMatch(/^username：/);

        const { user } = await anonymous(services, '10.7.0.1').auth.login({
          username: 'WANG.wu',
          password: 'long enough',
        });
        expect(user.username).toBe('wang.wu');

        // Five failures spelled five ways are five failures of one name.
        const spellings = ['Wang.Wu', 'WANG.WU', 'wang.WU', 'Wang.wu', 'wANG.wU'];
        for (const [index, username] of spellings.entries()) {
          const caller = anonymous(services, `10.7.1.${index}`);
          expect((await refusalOf(caller.auth.login({ username, password: 'x' }))).code).toBe(
            'UNAUTHORIZED',
          );
        }
        const locked = await refusalOf(
          anonymous(services, '10.7.2.1').auth.login({
            username: 'wang.wu',
            password: 'long enough',
          }),
        );
        expect(locked).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'login-locked' });
        clock.advance(10 * 60_000);
      });

      it("answers a taken campaign id alike, the branch's own or another's", async () => {
        await admin.campaigns.create({
          document: tenOff('hq-held', { firstDay: '2099-03-01', lastDay: '2099-03-02' }),
        });
        await marketer.campaigns.create({
          document: tenOff('east-held', { firstDay: '2099-03-01', lastDay: '2099-03-02' }),
        });
        const elsewhere = await refusalOf(
          marketer.campaigns.create({
            document: tenOff('hq-held', { firstDay: '2099-03-01', lastDay: '2099-03-02' }),
          }),
        );
        const own = await refusalOf(
          marketer.campaigns.create({
            document: tenOff('east-held', { firstDay: '2099-03-01', lastDay: '2099-03-02' }),
          }),
        );
        expect(elsewhere).toMatchObject({ code: 'CONFLICT', reason: 'id-unavailable' });
        expect(own).toMatchObject({ code: 'CONFLICT', reason: 'id-unavailable' });
        expect(elsewhere.message).toEqual({
          'zh-CN': 'id：活动编号 hq-held 不能使用，请换一个。',
          en: 'id: the campaign id "hq-held" cannot be used; choose another.',
        });
        expect(own.message.en.replace('east-held', 'hq-held')).toBe(elsewhere.message.en);
      });

      it('names who published each version, and refuses to submit an ended window', async () => {
        const window = { firstDay: '2099-04-01', lastDay: '2099-04-02' };
        const draft = await marketer.campaigns.create({ document: tenOff('east-named', window) });
        const sent = await marketer.campaigns.submit({ id: draft.id, revision: draft.revision });
        await manager.campaigns.approve({ id: draft.id, revision: sent.revision });
        const versions = await marketer.campaigns.versions({ id: draft.id });
        expect(versions.map((version) => [version.publishedBy, version.publishedByName])).toEqual([
          ['user-east-manager', { 'zh-CN': expect.any(String), en: expect.any(String) }],
        ]);
        const managerUser = (await admin.users.list({})).find((u) => u.id === 'user-east-manager');
        expect(versions[0]?.publishedByName?.['zh-CN']).toBe(managerUser?.displayName);

        const past = { firstDay: '2026-09-01', lastDay: '2026-09-02' };
        const old = await marketer.campaigns.create({ document: tenOff('east-over', past) });
        const submit = await refusalOf(
          marketer.campaigns.submit({ id: old.id, revision: old.revision }),
        );
        expect(submit).toMatchObject({ code: 'BAD_REQUEST' });
        expect(submit.issues?.map((issue) => [issue.path, issue.keyword])).toEqual([
          ['/window', 'window-over'],
        ]);

        // Submitted in time, then the window passed: approval still refuses it.
        const soon = { firstDay: '2026-10-20', lastDay: '2026-10-21' };
        const late = await marketer.campaigns.create({ document: tenOff('east-late', soon) });
        const waiting = await marketer.campaigns.submit({ id: late.id, revision: late.revision });
        clock.set('2026-10-25T09:00:00+08:00');
        // Sessions end after twelve hours of the clock: the manager signs in again.
        const later = await signedIn(services, 'east-manager');
        const approve = await refusalOf(
          later.campaigns.approve({ id: late.id, revision: waiting.revision }),
        );
        expect(approve.issues?.map((issue) => issue.path)).toEqual(['/window']);
      });
    },
  );
}

describe('TRUST_PROXY', () => {
  it('reads the setting: off by default, on, or a list of proxies', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('1')).toBe(true);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });

  const failFiveFrom = async (server: RunningServer, forwardedFor: string) => {
    const attempt = (username: string, password: string, from: string) =>
      fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ username, password }),
      });
    for (const username of ['p1', 'p2', 'p3', 'p4', 'p5']) {
      expect((await attempt(username, 'wrong', forwardedFor)).status).toBe(401);
    }
    return attempt;
  };

  it('behind a trusted proxy, locks the client address, not every user', async () => {
    const server = await startServer({
      port: 0,
      dataDir: 'memory://',
      seed: true,
      stageChecks: false,
      trustProxy: true,
      logger: silentLogger,
    });
    try {
      const attempt = await failFiveFrom(server, '203.0.113.7');
      expect((await attempt('auditor', 'demo1234', '203.0.113.7')).status).toBe(429);
      expect((await attempt('auditor', 'demo1234', '203.0.113.8')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('without it, every client behind the proxy shares one address', async () => {
    const server = await startServer({
      port: 0,
      dataDir: 'memory://',
      seed: true,
      stageChecks: false,
      logger: silentLogger,
    });
    try {
      const attempt = await failFiveFrom(server, '203.0.113.7');
      expect((await attempt('auditor', 'demo1234', '203.0.113.8')).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});
