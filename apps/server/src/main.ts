/**
 * `npm start`: migrates, loads the plugins, seeds demo data into an empty database, serves the
 * API and the built shell, and prints where to go and how to sign in.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pluginsFromEnv } from '@campaign-studio/sdk/node';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demoData.js';
import { startServer } from './startServer.js';
import { parseTrustProxy } from './trustProxySetting.js';
import { parsePoolSize } from './poolSizeSetting.js';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const port = parsePort(process.env.PORT);

const server = await startServer({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  dataDir: process.env.DATA_DIR ?? './data',
  seed: true,
  demoProjects: true,
  plugins: pluginsFromEnv(process.env.PLUGINS),
  secureCookies: process.env.COOKIE_SECURE === '1',
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  holdMinutes: parseHoldMinutes(process.env.REDEMPTION_HOLD_MINUTES),
  poolSize: parsePoolSize(process.env.DATABASE_POOL_SIZE),
  ...(existsSync(webDist) ? { webDist } : {}),
});

const logins = DEMO_USERS.map((user) => `  ${user.username.padEnd(14)} ${user.role}`).join('\n');
process.stdout.write(
  `\nCampaign Studio is running at ${server.url}\n` +
    (existsSync(webDist) ? '' : '(apps/web/dist is missing: only the API is served)\n') +
    `Demo logins (password ${DEMO_PASSWORD}):\n${logins}\n\n`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
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

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;

  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    process.stderr.write(`PORT must be a whole number from 0 to 65535, not "${value}".\n`);
    process.exit(2);
  }
  return parsed;
}
