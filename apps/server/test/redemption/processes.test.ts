/**
 * Two server processes on one PostgreSQL (with and without Redis counters) give the same exact
 * counts, and a server killed between redeem and complete leaves nothing held once its holds
 * expire; a restarted server serves the same counts. PGlite belongs to one process: not here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../support/testServices.js';
import { limitedCampaign, order, publish, use } from './support/campaigns.js';
import {
  redemptionBackends,
  redemptionTitle,
  type OpenedServices,
} from './support/redemptionBackends.js';

const script = fileURLToPath(new URL('./support/serverProcess.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const backends = (await redemptionBackends()).filter((backend) => backend.name !== 'pglite');
const children: ChildProcess[] = [];

interface Server {
  child: ChildProcess;
  call(path: string, input: unknown): Promise<{ ok: boolean; body: Record<string, unknown> }>;
}

async function startServerProcess(opened: OpenedServices, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: opened.databaseUrl!,
      ...(opened.redisUrl === undefined
        ? {}
        : { REDIS_URL: opened.redisUrl, REDIS_PREFIX: opened.redisPrefix! }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve((JSON.parse(out.split('\n')[0]!) as { url: string }).url);
    });
    child.on('exit', (code) => reject(new Error(`server process ended with ${code}`)));
  });
  const post = (path: string, input: unknown, cookie?: string) =>
    fetch(`${url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
  const login = await post('auth.login', { username: 'integrator', password: 'demo1234' });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

  const server: Server = {
    child,
    call: async (path, input) => {
      const response = await post(path, input, cookie);
      return { ok: response.ok, body: (await response.json()) as Record<string, unknown> };
    },
  };
  return server;
}

const redeemAll = (server: Server, prefix: string, count: number, tag: string) =>
  Promise.all(
    Array.from({ length: count }, (_, index) =>
      server.call('redemption.redeem', {
        idempotencyKey: `${prefix}-${index}`,
        context: order({ id: `${prefix}-${index}`, tags: [tag] }, 19900),
      }),
    ),
  );

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `redemption across server processes on ${redemptionTitle(backend)}`,
    () => {
      let opened: OpenedServices;

      beforeAll(async () => {
        opened = await backend.open();
        const admin = await signedIn(opened.services, 'hq-admin');
        const stock = (id: string, sku: string, units: number, tag: string) =>
          limitedCampaign(id, [use('core.item-stock', { items: [{ sku, stock: units }] })], {
            when: use('core.customer-tag', { tags: [tag] }),
          });
        await publish(admin, stock('race-50', 'SKU-1', 50, 'race'));
        await publish(admin, stock('kill-5', 'SKU-1', 5, 'kill'));
      }, 60_000);

      afterAll(async () => {
        for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
        await opened?.close();
      });

      it('two processes racing 100 redemptions each for stock 50 → exactly 50', async () => {
        const servers = await Promise.all([startServerProcess(opened), startServerProcess(opened)]);
        const answers = (
          await Promise.all(servers.map((server, n) => redeemAll(server, `race${n}`, 100, 'race')))
        ).flat();

        const reasons = answers.map((answer) =>
          answer.ok
            ? 'held'
            : String((answer.body.error as { data?: { reason?: string } }).data?.reason),
        );
        expect(reasons.filter((reason) => reason === 'held')).toHaveLength(50);
        expect(reasons.filter((reason) => reason === 'LIMIT_EXHAUSTED')).toHaveLength(150);
        const key = 'campaign:race-50:stock:SKU-1';
        expect((await opened.services.ledger.counters([key])).get(key)).toMatchObject({ held: 50 });
        for (const server of servers) server.child.kill('SIGTERM');
      }, 60_000);

      it('a killed server leaves nothing held once holds expire; a new one counts on', async () => {
        const first = await startServerProcess(opened);
        expect((await redeemAll(first, 'kill-a', 5, 'kill')).map((answer) => answer.ok)).toEqual(
          Array(5).fill(true),
        );
        first.child.kill('SIGKILL');
        const key = 'campaign:kill-5:stock:SKU-1';
        expect((await opened.services.ledger.counters([key])).get(key)).toMatchObject({ held: 5 });

        // A server started after the 15-minute holds ended releases them as it starts.
        const later = { CLOCK_OFFSET_MS: String(16 * 60_000) };
        const second = await startServerProcess(opened, later);
        expect((await opened.services.ledger.counters([key])).get(key)).toMatchObject({
          held: 0,
          used: 0,
        });

        const again = await redeemAll(second, 'kill-b', 6, 'kill');
        expect(again.filter((answer) => answer.ok)).toHaveLength(5);
        second.child.kill('SIGTERM');
      }, 60_000);
    },
  );
}
