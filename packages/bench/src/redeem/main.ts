/**
 * `pnpm bench:redeem [--quick] [--backends=pglite,postgres,postgres+redis] [--clients=1,16,128]
 * [--paths=ledger,service] [--pool=20] [--write=false]`
 * Redeem-and-complete pairs per second and latency on each ledger backend, through the ledger
 * alone and through the server's redemption procedures, with a check for oversell after each
 * run; writes the "Redemption" section of docs/benchmarks.md (unless `--write=false`).
 */
import { cpus, loadavg } from 'node:os';
import {
  createDatabase,
  createLedger,
  migrateToLatest,
  type Database,
  type Ledger,
} from '@campaign-studio/storage';
import {
  createScratchDatabase,
  probePostgres,
  probeRedis,
  testKeyPrefix,
  deleteKeys,
} from '@campaign-studio/storage/test-support';
import { writeRedemptionSection } from './writeSection.js';
import type { RedeemRun } from './runRedeem.js';
import { runRedeem } from './runRedeem.js';
import { openServices } from './openServices.js';
import { runService } from './runService.js';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split('=');
    return [name!, value ?? 'true'] as const;
  }),
);
const quick = args.get('quick') === 'true';
const seconds = quick ? 2 : 8;
const clientCounts = (args.get('clients') ?? '1,16,128').split(',').map(Number);
const backends = (args.get('backends') ?? 'pglite,postgres,postgres+redis').split(',');
const paths = (args.get('paths') ?? 'ledger,service').split(',');
// The service rows' PostgreSQL pool (the server's `DATABASE_POOL_SIZE`; its default if unset).
const poolSize = args.has('pool') ? Number(args.get('pool')) : undefined;

interface Opened {
  ledger: Ledger;
  close(): Promise<void>;
}

async function open(backend: string, clients: number): Promise<Opened | string> {
  if (backend === 'pglite') {
    const database = createDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    return { ledger: createLedger(database), close: () => database.close() };
  }

  const probe = await probePostgres();
  if (!probe.available) return probe.reason;
  const redis = backend === 'postgres+redis' ? await probeRedis() : undefined;
  if (redis !== undefined && !redis.available) return redis.reason;

  const scratch = await createScratchDatabase(probe.adminUrl);
  // A connection per client up to 32: more only queue inside PostgreSQL on two cores.
  const database: Database = createDatabase({
    databaseUrl: scratch.url,
    poolSize: Math.min(clients, 32),
  });
  await migrateToLatest(database.db);
  const prefix = testKeyPrefix().replace('cs-test', 'cs-bench');
  const ledger = createLedger(database, {
    ...(redis === undefined ? {} : { redisUrl: redis.url, redisPrefix: prefix }),
  });
  return {
    ledger,
    close: async () => {
      await ledger.close();
      await database.close();
      await scratch.drop();
      if (redis !== undefined) await deleteKeys(redis.url, prefix);
    },
  };
}

const load = loadavg()[0]!.toFixed(1);
const results: { path: string; backend: string; run: RedeemRun }[] = [];
const skipped: string[] = [];

/** One row: a fresh database, a short warm-up (connections open, plans cached), the run. */
async function measure(path: string, backend: string, clients: number): Promise<boolean> {
  const warmOrders = 1_000_000_000;
  let run: RedeemRun;
  if (path === 'service') {
    const opened = await openServices(backend, poolSize);
    if (typeof opened === 'string') return skip(path, backend, opened);
    try {
      await runService(opened, clients, 0.5, warmOrders);
      run = await runService(opened, clients, seconds, 1);
    } finally {
      await opened.close();
    }
  } else {
    const opened = await open(backend, clients);
    if (typeof opened === 'string') return skip(path, backend, opened);
    try {
      await runRedeem(opened.ledger, clients, 0.5, warmOrders);
      run = await runRedeem(opened.ledger, clients, seconds, 1);
    } finally {
      await opened.close();
    }
  }
  results.push({ path, backend, run });
  console.log(
    `${path.padEnd(8)}${backend.padEnd(15)} clients ${String(clients).padStart(3)}: ` +
      `${run.perSecond.toFixed(0)} pairs/s, p50 ${run.p50Ms.toFixed(1)} ms, ` +
      `p99 ${run.p99Ms.toFixed(1)} ms; flash item used ${run.flashUsed} of 200 ` +
      `(${run.flashCompleted} completed), refused ${run.refused}, load ` +
      `${loadavg()[0]!.toFixed(1)}` +
      (run.oversold ? ' OVERSOLD' : ', no oversell'),
  );
  return true;
}

function skip(path: string, backend: string, reason: string): false {
  skipped.push(`${path} on ${backend}: ${reason}`);
  console.log(`${path} on ${backend}: skipped (${reason})`);
  return false;
}

for (const path of paths) {
  for (const backend of backends) {
    for (const clients of clientCounts) {
      if (!(await measure(path, backend, clients))) break;
    }
  }
}

if (args.get('write') !== 'false') {
  await writeRedemptionSection(results, skipped, {
    seconds,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    node: process.version,
    load,
  });
}
if (results.some((result) => result.run.oversold)) process.exitCode = 1;
