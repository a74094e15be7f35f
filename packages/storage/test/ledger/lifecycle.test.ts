/** Complete, cancel, refund, expiry, grants and claim-time caps, with exact figures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim, holdOf } from './support/claims.js';
import { ledgerBackends, ledgerTitle, type OpenedLedger } from './support/ledgerBackends.js';

const backends = await ledgerBackends();
const paidAt = new Date('2026-11-11T00:18:08.400+08:00');

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `ledger lifecycle on ${ledgerTitle(backend)}`,
    () => {
      let opened: OpenedLedger;

      beforeAll(async () => {
        opened = await backend.open();
      });

      afterAll(async () => {
        await opened?.close();
      });

      it('complete turns holds into use, records grants and the paid total of the local day', async () => {
        const { ledger } = opened;
        const budget = claim('campaign:L1:budget', 100_000, 15_000, 'budget');
        const once = claim('campaign:L1:per-customer:C-1', 1, 1, 'per-customer');
        const request = holdOf([budget, once], { customerKey: 'C-1' });
        expect((await ledger.hold(request)).status).toBe('held');

        const grants = [
          { id: 'g-voucher-1', kind: 'voucher', value: 10_000, details: { expires: '2026-12-11' } },
          { id: 'g-draw-1', kind: 'draw', value: 0, seed: 'seed-1' },
        ];
        const completion = await ledger.complete(request.redemptionId, {
          paidAt,
          paidAmount: 55_000,
          grants,
        });
        expect(completion).toEqual({
          status: 'completed',
          redemptionId: request.redemptionId,
          paidAt: '2026-11-10T16:18:08.400Z',
          paidAmount: 55_000,
          paidDay: '2026-11-11',
          grants,
        });
        expect(await ledger.complete(request.redemptionId, { paidAt, paidAmount: 1 })).toEqual(
          completion,
        );
        const counters = await ledger.counters([budget.key, once.key]);
        expect(counters.get(budget.key)).toMatchObject({ used: 15_000, held: 0 });
        expect(counters.get(once.key)).toMatchObject({ used: 1, held: 0 });
        expect(await ledger.paidOn('C-1', '2026-11-11')).toBe(55_000);
        expect(await ledger.paidOn('C-1', '2026-11-10')).toBe(0);
        expect((await ledger.grantsOf(request.redemptionId)).map((g) => [g.id, g.state])).toEqual([
          ['g-draw-1', 'active'],
          ['g-voucher-1', 'active'],
        ]);
      });

      it('cancel releases every hold, twice is the same, and a cancelled order cannot complete', async () => {
        const { ledger } = opened;
        const stock = claim('campaign:L2:stock:SKU-9', 5, 2);
        const request = holdOf([stock]);
        await ledger.hold(request);
        expect(await ledger.left([stock.key])).toEqual(new Map([[stock.key, 3]]));

        const cancelled = {
          status: 'cancelled',
          redemptionId: request.redemptionId,
          state: 'cancelled',
        };
        expect(await ledger.cancel(request.redemptionId)).toEqual(cancelled);
        expect(await ledger.cancel(request.redemptionId)).toEqual(cancelled);
        expect(await ledger.left([stock.key])).toEqual(new Map([[stock.key, 5]]));
        expect(await ledger.complete(request.redemptionId, { paidAt, paidAmount: 100 })).toEqual({
          status: 'refused',
          redemptionId: request.redemptionId,
          state: 'cancelled',
        });
      });

      it('an expired hold cannot complete, and releaseExpired frees what is past expiry', async () => {
        const { ledger } = opened;
        const stock = claim('campaign:L3:stock', 10, 4);
        const past = holdOf([stock], { expiresAt: new Date(Date.now() - 1000) });
        const later = holdOf([claim('campaign:L3:stock', 10, 1)], {
          expiresAt: new Date(Date.now() + 3_600_000),
        });
        const swept = holdOf([claim('campaign:L3:stock', 10, 2)], {
          expiresAt: new Date(Date.now() + 60_000),
        });
        for (const request of [past, later, swept]) await ledger.hold(request);
        expect(await ledger.left([stock.key])).toEqual(new Map([[stock.key, 3]]));

        expect(await ledger.complete(past.redemptionId, { paidAt, paidAmount: 1 })).toEqual({
          status: 'refused',
          redemptionId: past.redemptionId,
          state: 'expired',
        });
        expect(await ledger.left([stock.key])).toEqual(new Map([[stock.key, 7]]));
        const inTwoMinutes = new Date(Date.now() + 120_000);
        const sweeps = await Promise.all([1, 2, 3].map(() => ledger.releaseExpired(inTwoMinutes)));
        expect(sweeps.reduce((a, b) => a + b, 0)).toBe(1);
        expect(await ledger.left([stock.key])).toEqual(new Map([[stock.key, 9]]));
        expect(await ledger.cancel(swept.redemptionId)).toMatchObject({ state: 'expired' });
      });

      it('refund returns budget and stock, keeps per-customer use, revokes unused grants', async () => {
        const { ledger } = opened;
        const budget = claim('campaign:L4:budget', 50_000, 10_000, 'budget');
        const ordinary = claim('campaign:L4:share:ordinary', 5_000, 3_000, 'budget-share');
        const stock = claim('campaign:L4:stock:SKU-2', 20, 2);
        const once = claim('campaign:L4:per-customer:C-4', 1, 1, 'per-customer');
        const order = holdOf([budget, ordinary, stock, once], { customerKey: 'C-4' });
        await ledger.hold(order);
        await ledger.complete(order.redemptionId, {
          paidAt,
          paidAmount: 30_000,
          grants: [
            { id: 'g-egg-4', kind: 'egg', value: 0 },
            { id: 'g-v-4', kind: 'voucher', value: 5_000 },
          ],
        });

        // A later order pays with the voucher: completing it marks the voucher used.
        const later = holdOf([claim('voucher:g-v-4', 1, 1, 'instrument')], { customerKey: 'C-4' });
        await ledger.hold(later);
        await ledger.complete(later.redemptionId, { paidAt, paidAmount: 2_000 });
        expect(await ledger.paidOn('C-4', '2026-11-11')).toBe(32_000);

        // The customer became VIP meanwhile; the refund still goes back to the ordinary share.
        const refund = await ledger.refund(order.redemptionId, {
          at: new Date('2026-11-12T10:00:00Z'),
        });
        expect(refund).toEqual({
          status: 'refunded',
          redemptionId: order.redemptionId,
          refundedAt: '2026-11-12T10:00:00.000Z',
          paidAmount: 30_000,
          returned: [
            { key: budget.key, amount: 10_000 },
            { key: ordinary.key, amount: 3_000 },
            { key: stock.key, amount: 2 },
          ],
          revoked: ['g-egg-4'],
          used: [{ grantId: 'g-v-4', kind: 'voucher', value: 5_000, usedBy: later.redemptionId }],
        });
        expect(await ledger.refund(order.redemptionId, { at: new Date() })).toEqual(refund);
        const left = await ledger.left([budget.key, ordinary.key, stock.key, once.key]);
        expect(left).toEqual(
          new Map([
            [budget.key, 50_000],
            [ordinary.key, 5_000],
            [stock.key, 20],
            [once.key, 0],
          ]),
        );
        expect(await ledger.paidOn('C-4', '2026-11-11')).toBe(2_000);
        expect((await ledger.hold(holdOf([once]))).status).toBe('refused');
        expect(await ledger.cancel(order.redemptionId)).toMatchObject({
          status: 'refused',
          state: 'refunded',
        });
      });

      it('markGrantUsed marks once; another redemption is refused; a revoked grant too', async () => {
        const { ledger } = opened;
        const order = holdOf([claim('campaign:L5:uses', 100, 1, 'uses')]);
        await ledger.hold(order);
        await ledger.complete(order.redemptionId, {
          paidAt,
          paidAmount: 100,
          grants: [{ id: 'g-card-5', kind: 'free-shipping-card', value: 0 }],
        });
        expect(await ledger.markGrantUsed('g-card-5', 'shop-order-1')).toMatchObject({
          state: 'used',
          usedBy: 'shop-order-1',
        });
        expect(await ledger.markGrantUsed('g-card-5', 'shop-order-1')).toMatchObject({
          state: 'used',
        });
        await expect(ledger.markGrantUsed('g-card-5', 'shop-order-2')).rejects.toMatchObject({
          code: 'CONFLICT',
          reason: 'grant-used',
        });
        await expect(ledger.markGrantUsed('nope', 'x')).rejects.toMatchObject({
          code: 'NOT_FOUND',
        });
      });

      it('R5: claims go straight to use; the 11th coupon of a brand is refused', async () => {
        const { ledger } = opened;
        const cap = 'campaign:R5:claim:brand-A:C-5';
        const claims = Array.from({ length: 12 }, (_, at) =>
          ledger.claim({
            redemptionId: `claim-${at}`,
            idempotencyKey: `claim-key-${at}`,
            requestHash: 'h',
            customerKey: 'C-5',
            claims: [claim(cap, 10, 1, 'claim')],
            grants: [{ id: `coupon-A-${at}`, kind: 'coupon', value: 5_000 }],
          }),
        );
        const outcomes = await Promise.all(claims);
        expect(outcomes.filter((o) => o.status === 'claimed')).toHaveLength(10);
        expect(outcomes.filter((o) => o.status === 'refused')).toHaveLength(2);
        expect((await ledger.counters([cap])).get(cap)).toMatchObject({ used: 10, held: 0 });
        const again = await ledger.claim({
          redemptionId: 'claim-again',
          idempotencyKey: 'claim-key-0',
          requestHash: 'h',
          claims: [claim(cap, 10, 1, 'claim')],
        });
        expect(again.status === 'replayed' || again.status === 'refused').toBe(true);
      });

      it('refuses bad input naming the field, and unknown redemptions', async () => {
        const { ledger } = opened;
        await expect(ledger.hold(holdOf([claim('k', 5, 0)]))).rejects.toMatchObject({
          code: 'BAD_REQUEST',
          message: 'claims[0].amount: must be a whole number ≥ 1',
        });
        await expect(ledger.hold(holdOf([claim('k', 5, 1.5)]))).rejects.toMatchObject({
          code: 'BAD_REQUEST',
        });
        await expect(ledger.complete('missing', { paidAt, paidAmount: -1 })).rejects.toMatchObject({
          message: 'paidAmount: must be a whole number ≥ 0',
        });
        await expect(ledger.complete('missing', { paidAt, paidAmount: 1 })).rejects.toMatchObject({
          code: 'NOT_FOUND',
          reason: 'no-redemption',
        });
      });
    },
  );
}
