/**
 * Redis counters: reconciliation writes them into PostgreSQL, and a Redis that lost them (it
 * keeps nothing on disk) is seeded again from PostgreSQL's records with the same figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLedger, SqlLedger } from '../../src/index.js';
import { deleteKeys } from '../support/redis.js';
import { claim, holdOf } from './support/claims.js';
import { ledgerBackends, ledgerTitle, type OpenedLedger } from './support/ledgerBackends.js';

const backend = (await ledgerBackends()).find((candidate) => candidate.name === 'postgres+redis')!;
const paidAt = new Date('2026-11-11T10:00:00+08:00');

describe.skipIf(backend.skipReason !== undefined)(`ledger on ${ledgerTitle(backend)}`, () => {
  let opened: OpenedLedger;
  let ledger: RedisLedger;

  beforeAll(async () => {
    opened = await backend.open();
    ledger = opened.ledger as RedisLedger;
  });

  afterAll(async () => {
    await opened?.close();
  });

  const stock = claim('campaign:E3:stock:SKU-7:2026-11-11T10', 50, 1);
  const budget = claim('campaign:E3:budget', 100_000, 17_910, 'budget');
  const once = claim('campaign:E3:per-customer:C-9', 1, 1, 'per-customer');

  it('reconciliation writes the Redis counters into PostgreSQL', async () => {
    const completed = holdOf([stock, budget, once], { customerKey: 'C-9' });
    const held = holdOf([stock, budget]);
    await ledger.hold(completed);
    await ledger.hold(held);
    await ledger.complete(completed.redemptionId, { paidAt, paidAmount: 1_990 });
    const stored = new SqlLedger(opened.database);
    expect((await stored.counters([stock.key])).get(stock.key)).toMatchObject({ used: 0, held: 0 });

    expect(await ledger.reconcile()).toBe(3);
    const counters = await stored.counters([stock.key, budget.key, once.key]);
    expect(counters.get(stock.key)).toMatchObject({ capacity: 50, used: 1, held: 1 });
    expect(counters.get(budget.key)).toMatchObject({
      capacity: 100_000,
      used: 17_910,
      held: 17_910,
    });
    expect(counters.get(once.key)).toMatchObject({ capacity: 1, used: 1, held: 0 });
  });

  it('a Redis without the keys is seeded again from PostgreSQL, holds included', async () => {
    const before = await ledger.left([stock.key, budget.key, once.key]);
    const held = holdOf([stock]);
    await ledger.hold(held);
    await deleteKeys(opened.redisUrl!, opened.redisPrefix!);

    expect(await ledger.left([stock.key, budget.key, once.key])).toEqual(
      new Map([
        [stock.key, before.get(stock.key)! - 1],
        [budget.key, before.get(budget.key)!],
        [once.key, 0],
      ]),
    );
    expect(await ledger.complete(held.redemptionId, { paidAt, paidAmount: 1_990 })).toMatchObject({
      status: 'completed',
    });
    expect((await ledger.counters([stock.key])).get(stock.key)).toMatchObject({ used: 2, held: 1 });
    expect((await ledger.hold(holdOf([once]))).status).toBe('refused');
  });

  it('a restart in the middle of a race still gives the exact count', async () => {
    const key = 'campaign:E3:stock:SKU-8:2026-11-11T11';
    const first = Array.from({ length: 100 }, () => ledger.hold(holdOf([claim(key, 30, 1)])));
    const wipe = deleteKeys(opened.redisUrl!, opened.redisPrefix!);
    const second = Array.from({ length: 100 }, () => ledger.hold(holdOf([claim(key, 30, 1)])));
    await wipe;
    const outcomes = await Promise.all([...first, ...second]);

    const held = outcomes.filter((outcome) => outcome.status === 'held').length;
    expect(held).toBe(30);
    await deleteKeys(opened.redisUrl!, opened.redisPrefix!);
    expect((await ledger.counters([key])).get(key)).toMatchObject({ held: 30 });
  });
});
