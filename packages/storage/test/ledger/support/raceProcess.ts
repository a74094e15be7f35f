/**
 * A second server process, for the process tests: opens the ledger on DATABASE_URL (and
 * REDIS_URL, REDIS_PREFIX), then either races `holds` holds of one unit on KEY and prints how
 * many were held, or (MODE=hold-and-wait) holds once, prints the redemption id and waits to be
 * killed.
 */
import { createDatabase, createLedger } from '../../../src/index.js';
import { claim, holdOf } from './claims.js';

const env = process.env;
const database = createDatabase({ databaseUrl: env.DATABASE_URL!, poolSize: 16 });
const ledger = createLedger(database, {
  ...(env.REDIS_URL === undefined
    ? {}
    : { redisUrl: env.REDIS_URL, redisPrefix: env.REDIS_PREFIX! }),
  reconcileEveryMs: 0,
});
const key = env.KEY!;
const capacity = Number(env.CAPACITY);

if (env.MODE === 'hold-and-wait') {
  const request = holdOf([claim(key, capacity, 1)], { expiresAt: new Date(Date.now() + 1000) });
  await ledger.hold(request);
  process.stdout.write(`${JSON.stringify({ held: request.redemptionId })}\n`);
  setInterval(() => undefined, 60_000);
} else {
  const outcomes = await Promise.all(
    Array.from({ length: Number(env.HOLDS) }, () => ledger.hold(holdOf([claim(key, capacity, 1)]))),
  );
  const held = outcomes.filter((outcome) => outcome.status === 'held').length;
  process.stdout.write(`${JSON.stringify({ held })}\n`);
  await ledger.close();
  await database.close();
}
