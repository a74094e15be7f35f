/**
 * `SERVER_PROCESSES`: the setting's checks, and `npm start`'s script run as a user would run
 * it — several processes on PostgreSQL, the setting ignored (and said so) on PGlite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratchDatabase,
  probePostgres,
  type ScratchDatabase,
} from '@campaign-studio/storage/test-support';
import { parseServerProcesses, serverProcessesPlan } from '../src/serverProcessesSetting.js';

const postgres = await probePostgres();
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('SERVER_PROCESSES', () => {
  it('takes a whole number from 1 to 64, and 1 when unset', () => {
    expect(parseServerProcesses(undefined)).toBe(1);
    expect(parseServerProcesses(' ')).toBe(1);
    expect(parseServerProcesses('4')).toBe(4);
    expect(parseServerProcesses('64')).toBe(64);
    for (const bad of ['0', '65', '1.5', 'two', '-2', '0x2', '2e0', '1.0']) {
      expect(() => parseServerProcesses(bad)).toThrow(
        `SERVER_PROCESSES must be a whole number from 1 to 64 (got "${bad}"); ` +
          'unset it for one process.',
      );
    }
  });

  it('runs as many as asked on PostgreSQL and one on PGlite, saying why', () => {
    expect(serverProcessesPlan(3, 'postgres://db/campaigns')).toEqual({ count: 3 });
    expect(serverProcessesPlan(1, undefined)).toEqual({ count: 1 });
    expect(serverProcessesPlan(2, '')).toEqual({
      count: 1,
      ignored:
        'SERVER_PROCESSES=2 ignored: without DATABASE_URL the database is PGlite, which ' +
        'serves one process; running one. Set DATABASE_URL (PostgreSQL) for several.',
    });
  });
});

/** `main.ts` as `pnpm serve` runs it, its output gathered; resolves once it has started. */
function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      PLUGINS: '@campaign-studio/plugin-core',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined && output.includes('Demo logins')) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, started, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function evaluatesAnOrder(url: string): Promise<void> {
  const context = {
    instant: '2026-11-11T12:00:00+08:00',
    customer: {},
    lines: [{ id: 'l1', sku: 'sku-1', unitPrice: 65000, quantity: 2 }],
  };
  const response = await fetch(`${url}/trpc/evaluate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ context, explain: false }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { data: { payable: number } } };
  expect(body.result.data.payable).toBe(130000);
}

describe.skipIf(!postgres.available)('npm start with SERVER_PROCESSES=2 on PostgreSQL', () => {
  let database: ScratchDatabase | undefined;

  beforeAll(async () => {
    database = await createScratchDatabase(postgres.adminUrl);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('forks two servers on one port, and SIGTERM stops both', async () => {
    const server = serve({ SERVER_PROCESSES: '2', DATABASE_URL: database!.url });
    const url = await server.started;
    const pids = /2 server processes, pids (\d+) (\d+)/.exec(server.output())?.slice(1);
    expect(pids?.length).toBe(2);
    const [first, second] = pids!.map(Number) as [number, number];
    expect([isRunning(first), isRunning(second)]).toEqual([true, true]);
    for (let call = 0; call < 4; call += 1) await evaluatesAnOrder(url);

    const exited = exitOf(server.child);
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect([isRunning(first), isRunning(second)]).toEqual([false, false]);
  });
});

describe('npm start with SERVER_PROCESSES=2 on PGlite', () => {
  it('runs one server and logs that the setting was ignored', async () => {
    const server = serve({ SERVER_PROCESSES: '2', DATABASE_URL: '', DATA_DIR: 'memory://' });
    const url = await server.started;
    expect(server.output()).toContain('Warning: SERVER_PROCESSES=2 ignored: without DATABASE_URL');
    expect(server.output()).not.toContain('server processes');
    await evaluatesAnOrder(url);

    const exited = exitOf(server.child);
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
