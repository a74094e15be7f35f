/** R10 scratch cards: prize quantities are never exceeded, and a recorded draw replays. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrizeInput, PrizeLeft } from '../../src/index.js';
import { ledgerBackends, ledgerTitle, type OpenedLedger } from './support/ledgerBackends.js';

const backends = await ledgerBackends();

const label = (key: string) => ({ 'zh-CN': key, en: key });
const pool: PrizeInput[] = [
  { key: 'campaign:R10:prize:phone', capacity: 1, label: label('phone') },
  { key: 'campaign:R10:prize:card', capacity: 2, label: label('card') },
  { key: 'campaign:R10:prize:flask', capacity: 6, label: label('flask') },
  { key: 'campaign:R10:prize:tissue', capacity: 20, label: label('tissue') },
  { key: 'campaign:R10:prize:gift', capacity: 2000, label: label('gift') },
];

/** Evenly among the prizes still left, from the seed (a stand-in for core's pickPrize). */
function pickBy(seed: string) {
  return (left: readonly PrizeLeft[]) => {
    const roll = createHash('sha256').update(seed).digest().readUInt32BE(0);
    return left[roll % left.length]!.key;
  };
}

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `ledger draws on ${ledgerTitle(backend)}`,
    () => {
      let opened: OpenedLedger;

      beforeAll(async () => {
        opened = await backend.open();
      });

      afterAll(async () => {
        await opened?.close();
      });

      it('2,029 parallel cards give exactly the pool; the 2,030th wins nothing', async () => {
        const { ledger } = opened;
        const draws = await Promise.all(
          Array.from({ length: 2029 }, (_, at) =>
            ledger.draw({
              drawId: `card-${at}`,
              seed: `seed-${at}`,
              prizes: pool,
              pick: pickBy(`seed-${at}`),
            }),
          ),
        );
        const won = new Map<string, number>();
        for (const draw of draws) won.set(draw.prize!, (won.get(draw.prize!) ?? 0) + 1);
        expect(Object.fromEntries(won)).toEqual({
          'campaign:R10:prize:phone': 1,
          'campaign:R10:prize:card': 2,
          'campaign:R10:prize:flask': 6,
          'campaign:R10:prize:tissue': 20,
          'campaign:R10:prize:gift': 2000,
        });

        const last = await ledger.draw({
          drawId: 'card-2029',
          seed: 's',
          prizes: pool,
          pick: pickBy('s'),
        });
        expect(last).toMatchObject({ drawId: 'card-2029', seen: [], replayed: false });
        expect(last.prize).toBeUndefined();
        const left = await ledger.left(pool.map((prize) => prize.key));
        expect([...left.values()]).toEqual([0, 0, 0, 0, 0]);
      });

      it('a recorded draw replays with its seed, prize and what it saw', async () => {
        const { ledger } = opened;
        const prizes: PrizeInput[] = [
          { key: 'campaign:E4:prize:tablet', capacity: 10, label: label('tablet') },
          { key: 'campaign:E4:prize:shipping-card', unlimited: true },
        ];
        const first = await ledger.draw({
          drawId: 'e4-1',
          redemptionId: 'r-1',
          seed: 'abc',
          prizes,
          pick: () => 'campaign:E4:prize:tablet',
        });
        expect(first).toEqual({
          drawId: 'e4-1',
          redemptionId: 'r-1',
          seed: 'abc',
          prize: 'campaign:E4:prize:tablet',
          seen: [
            { key: 'campaign:E4:prize:tablet', left: 10 },
            { key: 'campaign:E4:prize:shipping-card', left: 'unlimited' },
          ],
          replayed: false,
        });
        const again = await ledger.draw({ drawId: 'e4-1', seed: 'other', prizes, pick: () => 'x' });
        expect(again).toEqual({ ...first, replayed: true });
        expect(await ledger.left(['campaign:E4:prize:tablet'])).toEqual(
          new Map([['campaign:E4:prize:tablet', 9]]),
        );
      });
    },
  );
}
