/**
 * Limits under real parallelism: exact counts, however many checkouts race. On PGlite (one
 * connection) these check the logic; on PostgreSQL the races across connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim, count, holdOf } from './support/claims.js';
import { ledgerBackends, ledgerTitle, type OpenedLedger } from './support/ledgerBackends.js';

const backends = await ledgerBackends();

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `ledger races on ${ledgerTitle(backend)}`,
    () => {
      let opened: OpenedLedger;

      beforeAll(async () => {
        opened = await backend.open();
      });

      afterAll(async () => {
        await opened?.close();
      });

      it('200 holds of an item with stock 50: exactly 50 held, never below zero', async () => {
        const { ledger } = opened;
        const key = 'campaign:E3:stock:SKU-1:2026-11-11T10';
        const holds = Array.from({ length: 200 }, () => ledger.hold(holdOf([claim(key, 50, 1)])));

        expect(await count(holds, 'held')).toBe(50);
        expect((await ledger.counters([key])).get(key)).toMatchObject({ used: 0, held: 50 });
        expect(await ledger.left([key])).toEqual(new Map([[key, 0]]));
      });

      it('100 redemptions of a 10-use campaign: 10; 20 codes sharing a limit of 5: 5', async () => {
        const { ledger } = opened;
        const uses = 'campaign:C10:uses';
        const tenUses = Array.from({ length: 100 }, () =>
          ledger.hold(holdOf([claim(uses, 10, 1, 'uses')])),
        );
        expect(await count(tenUses, 'held')).toBe(10);

        const shared = 'campaign:C5:uses';
        const codes = Array.from({ length: 20 }, (_, code) =>
          ledger.hold(
            holdOf([claim(shared, 5, 1, 'uses'), claim(`coupon:CODE-${code}`, 1, 1, 'instrument')]),
          ),
        );
        expect(await count(codes, 'held')).toBe(5);
        expect(await ledger.left([shared])).toEqual(new Map([[shared, 0]]));
      });

      it('budget 100.00, three parallel orders of 40.00: two succeed, 80.00 held', async () => {
        const { ledger } = opened;
        const budget = 'campaign:B1:budget';
        const orders = [1, 2, 3].map(() =>
          ledger.hold(holdOf([claim(budget, 10_000, 4_000, 'budget')])),
        );
        const outcomes = await Promise.all(orders);

        expect(outcomes.filter((o) => o.status === 'held')).toHaveLength(2);
        expect(outcomes.find((o) => o.status === 'refused')).toEqual({
          status: 'refused',
          shortfalls: [
            {
              key: budget,
              need: 4_000,
              left: 2_000,
              capacity: 10_000,
              label: { 'zh-CN': budget, en: budget },
            },
          ],
        });
        expect((await ledger.counters([budget])).get(budget)).toMatchObject({
          held: 8_000,
          used: 0,
        });
      });

      it('V1: the ordinary share spent refuses ordinary customers with figures; VIP succeeds', async () => {
        const { ledger } = opened;
        const total = claim('campaign:V1:budget', 100_000, 5_000, 'budget');
        const ordinary = (amount: number) => [
          { ...total, amount },
          claim('campaign:V1:share:ordinary', 10_000, amount, 'budget-share'),
        ];
        const vip = [total, claim('campaign:V1:share:vip', 60_000, 5_000, 'budget-share')];

        expect((await ledger.hold(holdOf(ordinary(7_000)))).status).toBe('held');
        const refused = await ledger.hold(holdOf(ordinary(5_000)));
        expect(refused).toMatchObject({
          status: 'refused',
          shortfalls: [
            { key: 'campaign:V1:share:ordinary', need: 5_000, left: 3_000, capacity: 10_000 },
          ],
        });
        expect((await ledger.hold(holdOf(vip))).status).toBe('held');
        expect(await ledger.left(['campaign:V1:budget', 'campaign:V1:share:ordinary'])).toEqual(
          new Map([
            ['campaign:V1:budget', 88_000],
            ['campaign:V1:share:ordinary', 3_000],
          ]),
        );
      });

      it('one customer, once per customer, from 5 parallel checkouts: 1', async () => {
        const { ledger } = opened;
        const key = 'campaign:P1:per-customer:C-7';
        const checkouts = Array.from({ length: 5 }, () =>
          ledger.hold(holdOf([claim(key, 1, 1, 'per-customer')], { customerKey: 'C-7' })),
        );
        expect(await count(checkouts, 'held')).toBe(1);
      });

      it('1,000 replays of one key: one reservation, the same answer; another order: conflict', async () => {
        const { ledger } = opened;
        const key = 'campaign:I1:stock';
        const request = holdOf([claim(key, 100, 3)], { answer: { payable: 55_000 } });
        const outcomes = await Promise.all(
          Array.from({ length: 1000 }, (_, at) =>
            ledger.hold({
              ...request,
              redemptionId: at === 0 ? request.redemptionId : `other-${at}`,
            }),
          ),
        );

        const held = outcomes.filter((o) => o.status === 'held');
        expect(held).toHaveLength(1);
        const replayed = outcomes.filter((o) => o.status === 'replayed');
        expect(replayed).toHaveLength(999);
        const first = held[0]!.redemptionId;
        expect(new Set(replayed.map((o) => o.redemptionId))).toEqual(new Set([first]));
        expect(replayed[0]).toMatchObject({ state: 'held', answer: { payable: 55_000 } });
        expect((await ledger.counters([key])).get(key)).toMatchObject({ held: 3 });

        const conflict = await ledger.hold({ ...request, redemptionId: 'x', requestHash: 'other' });
        expect(conflict).toEqual({ status: 'conflict', redemptionId: first });
      });

      it('a refused hold leaves nothing: no counter change, and its key may be used again', async () => {
        const { ledger } = opened;
        const key = 'campaign:N1:stock';
        const small = holdOf([claim(key, 2, 3)]);
        expect((await ledger.hold(small)).status).toBe('refused');
        expect((await ledger.counters([key])).get(key)?.held ?? 0).toBe(0);

        const retried = await ledger.hold({
          ...small,
          claims: [claim(key, 2, 2)],
          requestHash: 'retry',
        });
        expect(retried).toEqual({ status: 'held', redemptionId: small.redemptionId });
      });

      it('a hold short on two counters names both, in key order, and changes neither', async () => {
        const { ledger } = opened;
        const budget = claim('campaign:S2:budget', 10_000, 8_000, 'budget');
        const stock = claim('campaign:S2:stock:SKU-1', 10, 3);
        const once = claim('campaign:S2:per-customer:C-2', 1, 1, 'per-customer');
        expect((await ledger.hold(holdOf([budget, stock]))).status).toBe('held');

        // The budget republished below what is held, more stock than is left, a new cap.
        const lowered = { ...budget, capacity: 5_000, amount: 1_000 };
        const refused = await ledger.hold(holdOf([{ ...stock, amount: 8 }, once, lowered]));
        expect(refused).toEqual({
          status: 'refused',
          shortfalls: [
            { key: budget.key, need: 1_000, left: 0, capacity: 8_000, label: budget.label },
            { key: stock.key, need: 8, left: 7, capacity: 10, label: stock.label },
          ],
        });
        const counters = await ledger.counters([budget.key, stock.key, once.key]);
        expect(counters.get(budget.key)).toMatchObject({ capacity: 10_000, held: 8_000, used: 0 });
        expect(counters.get(stock.key)).toMatchObject({ capacity: 10, held: 3, used: 0 });
        expect(counters.has(once.key)).toBe(false);
      });

      it('the latest capacity wins: a republished bigger budget takes more', async () => {
        const { ledger } = opened;
        const key = 'campaign:G1:budget';
        expect((await ledger.hold(holdOf([claim(key, 1_000, 1_000, 'budget')]))).status).toBe(
          'held',
        );
        expect((await ledger.hold(holdOf([claim(key, 1_000, 1, 'budget')]))).status).toBe(
          'refused',
        );
        expect((await ledger.hold(holdOf([claim(key, 3_000, 2_000, 'budget')]))).status).toBe(
          'held',
        );
        expect((await ledger.counters([key])).get(key)).toMatchObject({
          capacity: 3_000,
          held: 3_000,
        });
      });
    },
  );
}
