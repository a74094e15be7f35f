/**
 * `npm start`: migrates, loads the plugins, seeds demo data into an empty database, serves the
 * API and the built shell, and prints where to go and how to sign in. With
 * `SERVER_PROCESSES=N` on PostgreSQL, N processes of this script serve the one port.
 */
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pluginsFromEnv } from '@campaign-studio/sdk/node';
import pino from 'pino';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demoData.js';
import { startServer, type ServerOptions } from './startServer.js';
import { parseTrustProxy } from './trustProxySetting.js';
import { parsePoolSize } from './poolSizeSetting.js';
import { startServerProcesses } from './serverProcesses.js';
import { parseServerProcesses, serverProcessesPlan } from './serverProcessesSetting.js';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const port = parsePort(process.env.PORT);

const processes = serverProcessesPlan(
  setting(() => parseServerProcesses(process.env.SERVER_PROCESSES)),
  process.env.DATABASE_URL,
);
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
let stopping = false;

// Read in the primary too, so that a bad setting stops the start before any fork.
const serverOptions: ServerOptions = {
  port,
  host: process.env.HOST ?? '127.0.0.1',
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  dataDir: process.env.DATA_DIR ?? './data',
  seed: true,
  demoProjects: true,
  plugins: pluginsFromEnv(process.env.PLUGINS),
  logger,
  secureCookies: process.env.COOKIE_SECURE === '1',
  trustProxy: setting(() => parseTrustProxy(process.env.TRUST_PROXY)),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  holdMinutes: parseHoldMinutes(process.env.REDEMPTION_HOLD_MINUTES),
  poolSize: setting(() => parsePoolSize(process.env.DATABASE_POOL_SIZE)),
  ...(existsSync(webDist) ? { webDist } : {}),
};

if (processes.count > 1 && cluster.isPrimary) {
  // The primary only forks and watches: each worker re-runs this script and serves.
  const workers = await startServerProcesses(processes.count, logger);
  printWelcome(workers.url, `${processes.count} server processes, pids ${workers.pids.join(' ')}`);
  onStopSignal(() => workers.stop());
  process.exit(await workers.exited);
} else {
  if (processes.ignored !== undefined) {
    // Said plainly to whoever started it, like a wrong setting, and to the logs.
    process.stderr.write(`Warning: ${processes.ignored}\n`);
    logger.warn(processes.ignored);
  }
  const server = await startServer(serverOptions);
  // A worker's primary prints the welcome once for all of them.
  if (cluster.isWorker) process.on('disconnect', () => void stopServer(server.close));
  else printWelcome(server.url);
  onStopSignal(server.close);
}

function printWelcome(url: string, processNote?: string): void {
  const logins = DEMO_USERS.map((user) => `  ${user.username.padEnd(14)} ${user.role}`).join('\n');
  process.stdout.write(
    `\nCampaign Studio is running at ${url}\n` +
      (processNote === undefined ? '' : `(${processNote})\n`) +
      (existsSync(webDist) ? '' : '(apps/web/dist is missing: only the API is served)\n') +
      `Demo logins (password ${DEMO_PASSWORD}):\n${logins}\n\n`,
  );
}

/** Stops once, whichever signal or event asks first, and exits 0 when it went well. */
function stopServer(stop: () => Promise<void>): Promise<void> {
  if (stopping) return Promise.resolve();
  stopping = true;
  return stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

function onStopSignal(stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stopServer(stop));
  }
}

function parseHoldMinutes(value: string | undefined): number {
  if (value === undefined || value === '') return 15;

  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 7 * 24 * 60) {
    process.stderr.write(
      `REDEMPTION_HOLD_MINUTES must be a number of minutes above 0 (at most 10080), not "${value}".\n`,
    );
    process.exit(2);
  }
  return parsed;
}

/** A setting's value; a wrong one stops the start with its one-line message, as PORT does. */
function setting<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;

  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    process.stderr.write(`PORT must be a whole number from 0 to 65535, not "${value}".\n`);
    process.exit(2);
  }
  return parsed;
}
