/**
 * A server process for the multi-process tests: starts the real server on the database (and
 * Redis) named in the environment, prints `{"url": …}` once it listens, and serves until
 * killed. CLOCK_OFFSET_MS runs its clock ahead (a server started "later"), SWEEP_MS sets the
 * sweep interval.
 */
import pino from 'pino';
import { startServer } from '../../../src/startServer.js';

const server = await startServer({
  port: 0,
  databaseUrl: process.env.DATABASE_URL!,
  seed: true,
  stageChecks: false,
  logger: pino({ level: 'silent' }),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.REDIS_PREFIX ? { redisPrefix: process.env.REDIS_PREFIX } : {}),
  clock: () => new Date(Date.now() + Number(process.env.CLOCK_OFFSET_MS ?? '0')),
  sweepEveryMs: Number(process.env.SWEEP_MS ?? '5000'),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
