/**
 * Lockout after failed logins (issue 7): five failures within a minute for one username or
 * one address refuse further attempts, even with the right password, with the seconds to wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { anonymous, createTestServices, manualClock, refusalOf } from './support/testServices.js';

const backends = await testBackends();

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `login lockout on ${backendTitle(backend)}`,
    () => {
      let opened: OpenedBackend;
      let services: AppServices;
      const clock = manualClock('2026-12-01T09:00:00Z');

      beforeAll(async () => {
        opened = await backend.open();
        services = await createTestServices(opened, { clock: clock.now });
      });

      afterAll(async () => {
        await services?.database.close();
        await opened?.dispose();
      });

      const login = (username: string, password: string, address = '10.0.0.1') =>
        anonymous(services, address).auth.login({ username, password });

      it('refuses the 6th attempt, even with the right password, then lets it in after the wait', async () => {
        for (let attempt = 1; attempt <= 5; attempt += 1) {
          expect((await refusalOf(login('east-manager', 'wrong'))).code).toBe('UNAUTHORIZED');
          clock.advance(5_000);
        }

        const locked = await refusalOf(login('east-manager', 'demo1234', '10.0.0.2'));
        expect(locked.code).toBe('TOO_MANY_REQUESTS');
        expect(locked.reason).toBe('login-locked');
        // Locked for five minutes from the 5th failure, which was 5 s ago.
        expect(locked.retryAfterSeconds).toBe(295);
        expect(locked.message.en).toContain('295 seconds');
        expect(locked.message['zh-CN']).toContain('295 秒');

        clock.advance(294_000);
        expect(
          (await refusalOf(login('East-Manager', 'demo1234', '10.0.0.3'))).retryAfterSeconds,
        ).toBe(1);
        clock.advance(1_000);
        const { user } = await login('east-manager', 'demo1234', '10.0.0.3');
        expect(user.username).toBe('east-manager');
      });

      it('counts per address: five failures for different users lock the address only', async () => {
        for (const username of ['a1', 'a2', 'a3', 'a4', 'a5']) {
          expect((await refusalOf(login(username, 'wrong', '10.9.9.9'))).code).toBe('UNAUTHORIZED');
        }
        const locked = await refusalOf(login('auditor', 'demo1234', '10.9.9.9'));
        expect(locked).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 300 });

        const elsewhere = await login('auditor', 'demo1234', '10.9.9.10');
        expect(elsewhere.user.username).toBe('auditor');
      });

      it('forgets failures older than a minute, and a success clears the username', async () => {
        for (let attempt = 1; attempt <= 4; attempt += 1) {
          await refusalOf(login('integrator', 'wrong', `10.1.0.${attempt}`));
        }
        clock.advance(61_000);
        // A new minute: one more failure is the first of it, not the fifth.
        await refusalOf(login('integrator', 'wrong', '10.1.0.5'));
        await login('integrator', 'demo1234', '10.1.0.6');
        for (let attempt = 1; attempt <= 4; attempt += 1) {
          await refusalOf(login('integrator', 'wrong', `10.1.1.${attempt}`));
        }
        expect((await login('integrator', 'demo1234', '10.1.1.9')).user.role).toBe('integrator');
      });

      it('lets only five of 50 parallel guesses check a password; the rest are refused', async () => {
        const guesses = Array.from({ length: 50 }, (_, index) =>
          refusalOf(login('hq-admin', `wrong-${index}`, `10.5.0.${index}`)),
        );
        const codes = (await Promise.all(guesses)).map((refusal) => refusal.code);
        expect(codes.filter((code) => code === 'UNAUTHORIZED').length).toBe(5);
        expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBe(45);
        const failed = await services.repositories.audit.list({
          entityType: 'session',
          entityId: 'hq-admin',
          limit: 100,
        });
        expect(failed.length).toBe(5);
      });

      it('records failures and sign-ins in the audit log', async () => {
        const entries = await services.repositories.audit.list({
          entityType: 'session',
          limit: 500,
        });
        const actions = entries.filter((entry) => entry.entityId === 'east-manager');
        expect(actions.map((entry) => entry.action).reverse()).toEqual([
          'login-failed',
          'login-failed',
          'login-failed',
          'login-failed',
          'login-failed',
          'login',
        ]);
        expect(actions[0]?.diff).toEqual([{ path: '/address', op: 'add', after: '10.0.0.3' }]);
      });

      // Only PostgreSQL is shared by two processes (PGlite in memory belongs to one).
      if (backend.name === 'postgres')
        it('holds across server processes', async () => {
          const other = await createTestServices(opened, { clock: clock.now });
          try {
            for (let attempt = 1; attempt <= 5; attempt += 1) {
              await refusalOf(login('east-marketer', 'wrong', `10.2.0.${attempt}`));
            }
            const viaOther = anonymous(other, '10.2.1.1').auth.login({
              username: 'east-marketer',
              password: 'demo1234',
            });
            expect((await refusalOf(viaOther)).code).toBe('TOO_MANY_REQUESTS');
          } finally {
            await other.database.close();
          }
        });
    },
  );
}
