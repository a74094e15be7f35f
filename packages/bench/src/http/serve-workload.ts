/**
 * The child process of `pnpm bench:http [campaigns] [pglite|postgres] [processes]`: starts
 * the server on a fresh PGlite folder or a scratch PostgreSQL database, with the benchmark's
 * campaigns created and published (approved) at HQ, and sends its URL to the parent. With
 * several processes (PostgreSQL only) it seeds with one server, closes it, and becomes the
 * primary of the server's own `startServerProcesses`, whose workers re-run this file. Asked
 * `cpu`, it answers the CPU time used so far by every server process and itself. It runs
 * until the parent ends it.
 */
import cluster from 'node:cluster';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startServer, startServerProcesses, type ServerOptions } from '@campaign-studio/server';
import { createScratchDatabase, probePostgres } from '@campaign-studio/storage/test-support';
import { generateCampaigns } from '../workload/generate-campaigns.js';
import { CAMPAIGN_SEED } from '../workload/sizes.js';

const campaignCount = Number(process.argv[2] ?? '200');
const database = process.argv[3] ?? 'pglite';
const processCount = Number(process.argv[4] ?? '1');
// The request log would cost the server more than the requests it measures.
process.env.LOG_LEVEL ??= 'warn';
const serverOptions: ServerOptions = {
  port: 0,
  stageChecks: false,
  plugins: ['@campaign-studio/plugin-core'],
};

/** This process's CPU time, user and system, in microseconds. */
function ownCpu(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

if (cluster.isWorker) {
  // A worker of the primary below: the database is seeded; it serves and reports its CPU.
  const server = await startServer({ ...serverOptions, databaseUrl: process.env.BENCH_DB_URL! });
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: ownCpu() });
  });
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else {
  await serveWorkload();
}

async function serveWorkload(): Promise<void> {
  const cleanUp: (() => Promise<unknown>)[] = [];
  let databaseUrl: string | undefined;
  if (database === 'postgres') {
    const probe = await probePostgres();
    if (!probe.available) throw new Error(probe.reason);
    const scratch = await createScratchDatabase(probe.adminUrl);
    databaseUrl = scratch.url;
    cleanUp.push(() => scratch.drop());
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'bench-http-'));
    serverOptions.dataDir = dataDir;
    cleanUp.push(() => rm(dataDir, { recursive: true, force: true }));
  }

  const server = await startServer({
    ...serverOptions,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    seed: true,
  });
  await publishCampaigns(server.services.repositories.campaigns);

  let url = server.url;
  if (processCount > 1 && databaseUrl !== undefined) {
    await server.close();
    process.env.BENCH_DB_URL = databaseUrl;
    const workers = await startServerProcesses(processCount, pino({ level: 'warn' }));
    url = workers.url;
    cleanUp.unshift(() => workers.stop());
  } else {
    cleanUp.unshift(() => server.close());
  }

  const stop = async () => {
    for (const step of cleanUp) await step();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.on('message', (message) => {
    if (message === 'cpu') void allCpu().then((cpu) => process.send?.({ cpu }));
  });
  process.send?.({ url, campaigns: campaignCount });
}

type Campaigns = Awaited<ReturnType<typeof startServer>>['services']['repositories']['campaigns'];

async function publishCampaigns(campaigns: Campaigns): Promise<void> {
  for (const document of generateCampaigns(CAMPAIGN_SEED, campaignCount)) {
    const draft = await campaigns.create({
      id: document.id,
      branchId: 'hq',
      plugin: 'core',
      name: document.name,
      document: { ...document },
    });
    await campaigns.publish(draft.id, draft.revision, {
      documentFor: (version) => ({ ...document, version }),
      lifecycle: 'approved',
    });
  }
}

/** This process's CPU time and that of its cluster workers, if any. */
async function allCpu(): Promise<number> {
  const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const answers = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<number>((resolve) => {
          const onMessage = (message: { cpu?: number }) => {
            if (message.cpu === undefined) return;
            worker.off('message', onMessage);
            resolve(message.cpu);
          };
          worker.on('message', onMessage);
          worker.send('cpu');
        }),
    ),
  );
  return answers.reduce((sum, cpu) => sum + cpu, ownCpu());
}
