/**
 * Two OS processes on one PostgreSQL give the same exact counts, and a process killed between
 * hold and complete leaves nothing held once its hold expires. PGlite belongs to one process,
 * so these run on PostgreSQL (and PostgreSQL with Redis) only.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerBackends, ledgerTitle, type OpenedLedger } from './support/ledgerBackends.js';

const script = fileURLToPath(new URL('./support/raceProcess.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const backends = (await ledgerBackends()).filter((backend) => backend.name !== 'pglite');

function start(opened: OpenedLedger, env: Record<string, string>) {
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
  const firstLine = new Promise<Record<string, unknown>>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!) as Record<string, unknown>);
    });
    child.on('exit', (code) => reject(new Error(`process ended with ${code} before answering`)));
  });
  return { child, firstLine };
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `ledger processes on ${ledgerTitle(backend)}`,
    () => {
      let opened: OpenedLedger;

      beforeAll(async () => {
        opened = await backend.open();
      });

      afterAll(async () => {
        await opened?.close();
      });

      it('two processes racing 150 holds each for stock 50: exactly 50 held', async () => {
        const key = 'campaign:E3:stock:SKU-2:2026-11-11T20';
        const env = { KEY: key, CAPACITY: '50', HOLDS: '150' };
        const runs = [start(opened, env), start(opened, env)];
        const answers = await Promise.all(runs.map((run) => run.firstLine));

        expect(answers.reduce((sum, answer) => sum + (answer.held as number), 0)).toBe(50);
        expect((await opened.ledger.counters([key])).get(key)).toMatchObject({ held: 50, used: 0 });
      });

      it('a process killed after holding leaves nothing held after expiry and the sweep', async () => {
        const key = 'campaign:E3:stock:SKU-3:2026-11-11T21';
        const run = start(opened, { KEY: key, CAPACITY: '5', MODE: 'hold-and-wait' });
        const { held } = await run.firstLine;
        run.child.kill('SIGKILL');
        expect(await opened.ledger.left([key])).toEqual(new Map([[key, 4]]));

        expect(await opened.ledger.releaseExpired(new Date(Date.now() + 120_000))).toBe(1);
        expect(await opened.ledger.left([key])).toEqual(new Map([[key, 5]]));
        const restarted = await opened.reopen();
        try {
          expect(await restarted.ledger.left([key])).toEqual(new Map([[key, 5]]));
          expect(await restarted.ledger.cancel(held as string)).toMatchObject({ state: 'expired' });
        } finally {
          await restarted.close();
        }
      });
    },
  );
}
