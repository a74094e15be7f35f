/**
 * Redemption races through the API with real campaigns and limit blocks: exact counts on
 * PGlite, PostgreSQL and PostgreSQL with Redis counters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/AppServices.js';
import { refusalOf, signedIn, type Caller } from '../support/testServices.js';
import { limitedCampaign, order, publish, use } from './support/campaigns.js';
import {
  redemptionBackends,
  redemptionTitle,
  type OpenedServices,
} from './support/redemptionBackends.js';

const backends = await redemptionBackends();

/** Settles every call; the fulfilled answers and the refusals' reasons. */
async function race<T>(calls: Promise<T>[]) {
  const settled = await Promise.allSettled(calls);
  const held = settled.flatMap((entry) => (entry.status === 'fulfilled' ? [entry.value] : []));
  const refused = settled.flatMap((entry) =>
    entry.status === 'rejected' ? [(entry.reason as { code?: string }).code] : [],
  );
  return { held, refused };
}

const tagged = (tag: string) => use('core.customer-tag', { tags: [tag] });

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `redemption limits on ${redemptionTitle(backend)}`,
    () => {
      let opened: OpenedServices;
      let services: AppServices;
      let admin: Caller;
      let checkout: Caller;

      beforeAll(async () => {
        opened = await backend.open();
        services = opened.services;
        admin = await signedIn(services, 'hq-admin');
        checkout = await signedIn(services, 'integrator');
      });

      afterAll(async () => {
        await opened?.close();
      });

      const held = async (key: string) => (await services.ledger.counters([key])).get(key);

      it('E3: 200 checkouts racing for stock 50 → exactly 50 held, 150 refused', async () => {
        await publish(
          admin,
          limitedCampaign(
            'e3-stock',
            [use('core.item-stock', { items: [{ sku: 'SKU-1', stock: 50 }] })],
            {
              when: tagged('e3'),
            },
          ),
        );
        const calls = Array.from({ length: 200 }, (_, index) =>
          checkout.redemption.redeem({
            idempotencyKey: `e3-${index}`,
            context: order({ id: `c-${index}`, tags: ['e3'] }, 19900),
          }),
        );
        const { held: answers, refused } = await race(calls);

        expect(answers).toHaveLength(50);
        expect(refused).toEqual(Array(150).fill('PRECONDITION_FAILED'));
        expect(answers.every((answer) => answer.discount === 1000)).toBe(true);
        expect(await held('campaign:e3-stock:stock:SKU-1')).toMatchObject({ held: 50, used: 0 });
      });

      it('a 10-use campaign redeemed 100 times at once → exactly 10', async () => {
        await publish(
          admin,
          limitedCampaign('ten-uses', [use('core.total-uses', { uses: 10 })], {
            when: tagged('ten'),
          }),
        );
        const { held: answers } = await race(
          Array.from({ length: 100 }, (_, index) =>
            checkout.redemption.redeem({
              idempotencyKey: `ten-${index}`,
              context: order({ id: `t-${index}`, tags: ['ten'] }, 5000),
            }),
          ),
        );

        expect(answers).toHaveLength(10);
        expect(await held('campaign:ten-uses:uses')).toMatchObject({ capacity: 10, held: 10 });
      });

      it('20 coupon codes of one campaign sharing a limit of 5 → exactly 5', async () => {
        await publish(
          admin,
          limitedCampaign('codes', [use('core.total-uses', { uses: 5 })], {
            when: use('core.coupon-held', { coupon: 'codes.10-off' }),
          }),
        );
        const { held: answers } = await race(
          Array.from({ length: 20 }, (_, index) =>
            checkout.redemption.redeem({
              idempotencyKey: `code-${index}`,
              context: order({ id: `k-${index}` }, 5000, {
                coupons: [{ id: `CODE-${index}`, coupon: 'codes.10-off' }],
              }),
            }),
          ),
        );

        expect(answers).toHaveLength(5);
        expect(await held('campaign:codes:uses')).toMatchObject({ held: 5 });
      });

      it('budget 100.00, three orders needing 40.00 → two, and 80.00 used once paid', async () => {
        await publish(
          admin,
          limitedCampaign('budget-100', [use('core.budget', { total: 10000 })], {
            amountOff: 4000,
            when: tagged('budget'),
          }),
        );
        const { held: answers, refused } = await race(
          [1, 2, 3].map((index) =>
            checkout.redemption.redeem({
              idempotencyKey: `budget-${index}`,
              context: order({ id: `b-${index}`, tags: ['budget'] }, 20000),
            }),
          ),
        );
        expect([answers.length, refused]).toEqual([2, ['PRECONDITION_FAILED']]);

        for (const answer of answers) {
          await checkout.redemption.complete({
            redemptionId: answer.redemptionId,
            paidAt: '2026-11-11T10:31:00+08:00',
          });
        }
        expect(await held('campaign:budget-100:budget')).toMatchObject({ used: 8000, held: 0 });
      });

      it('V1: the ordinary share spent, ordinary customers are refused, VIPs are not', async () => {
        const shares = [
          { tier: 'vip', weight: 60 },
          { tier: 'key', weight: 30 },
          { tier: 'ordinary', weight: 10 },
        ];
        await publish(
          admin,
          limitedCampaign('v1-shares', [use('core.budget', { total: 80000, shares })], {
            amountOff: 5000,
            when: tagged('v1'),
          }),
        );
        // The ordinary share is 8,000.00 × 10% = 80.00: one order of 50.00 leaves 30.00.
        await checkout.redemption.redeem({
          idempotencyKey: 'v1-first',
          context: order({ id: 'o-1', tier: 'ordinary', tags: ['v1'] }, 30000),
        });

        const context = order({ id: 'o-2', tier: 'ordinary', tags: ['v1'] }, 30000);
        const refusal = await refusalOf(
          checkout.redemption.redeem({ idempotencyKey: 'v1-second', context }),
        );
        expect(refusal).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'LIMIT_EXHAUSTED' });
        expect(refusal.limits).toEqual([
          expect.objectContaining({
            key: 'campaign:v1-shares:budget:share:ordinary',
            need: 5000,
            left: 3000,
            message: expect.objectContaining({ en: 'ordinary share: need 50.00, left 30.00' }),
          }),
        ]);
        expect(refusal.message.en).toContain('ordinary share: need 50.00, left 30.00');

        // Evaluate shows the campaign not applied, with the same figures.
        const evaluated = await checkout.evaluate({ context });
        const outcome = evaluated.campaigns.find((campaign) => campaign.campaignId === 'v1-shares');
        expect(outcome?.status).toBe('not-applied');
        expect(outcome?.reason?.message.en).toBe('ordinary share: need 50.00, left 30.00');
        expect(evaluated.discount).toBe(0);

        const vip = await checkout.redemption.redeem({
          idempotencyKey: 'v1-vip',
          context: order({ id: 'v-1', tier: 'vip', tags: ['v1'] }, 30000),
        });
        expect(vip.discount).toBe(5000);
      });

      it('once per customer, from 5 parallel checkouts → 1', async () => {
        await publish(
          admin,
          limitedCampaign('once', [use('core.per-customer', { total: 1 })], {
            when: tagged('once'),
          }),
        );
        const { held: answers } = await race(
          [1, 2, 3, 4, 5].map((index) =>
            checkout.redemption.redeem({
              idempotencyKey: `once-${index}`,
              context: order({ id: 'same-customer', tags: ['once'] }, 5000),
            }),
          ),
        );

        expect(answers).toHaveLength(1);
        expect(await held('campaign:once:customer:same-customer')).toMatchObject({ held: 1 });
      });

      it('1,000 replays of one key → one reservation and the first answer', async () => {
        await publish(
          admin,
          limitedCampaign('replays', [use('core.total-uses', { uses: 100 })], {
            when: tagged('replay'),
          }),
        );
        const context = order({ id: 'r-1', tags: ['replay'] }, 5000);
        const { held: answers, refused } = await race(
          Array.from({ length: 1000 }, () =>
            checkout.redemption.redeem({ idempotencyKey: 'replay-key', context }),
          ),
        );

        expect(refused).toEqual([]);
        expect(new Set(answers.map((answer) => answer.redemptionId)).size).toBe(1);
        expect(await held('campaign:replays:uses')).toMatchObject({ held: 1 });

        const other = order({ id: 'r-2', tags: ['replay'] }, 5000);
        const conflict = await refusalOf(
          checkout.redemption.redeem({ idempotencyKey: 'replay-key', context: other }),
        );
        expect(conflict).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_CONFLICT' });
      });

      it('keys are kept per branch: the same key from two branches is two orders', async () => {
        await publish(
          admin,
          limitedCampaign('branch-keys', [use('core.total-uses', { uses: 10 })], {
            when: tagged('branch-key'),
          }),
        );
        await admin.users.create({
          username: 'east-checkout',
          password: 'checkout-1',
          displayName: '华东收银',
          role: 'integrator',
          branchId: 'east',
        });
        const east = await signedIn(services, 'east-checkout', 'checkout-1');
        const hqOrder = order({ id: 'k-hq', tags: ['branch-key'] }, 5000);
        const eastOrder = order({ id: 'k-east', tags: ['branch-key'] }, 5000);

        const first = await checkout.redemption.redeem({
          idempotencyKey: 'order-1001',
          context: hqOrder,
        });
        const second = await east.redemption.redeem({
          idempotencyKey: 'order-1001',
          context: eastOrder,
        });
        expect(second.redemptionId).not.toBe(first.redemptionId);
        expect(await held('campaign:branch-keys:uses')).toMatchObject({ held: 2 });

        // A clash within one branch names no redemption.
        const clash = await refusalOf(
          east.redemption.redeem({ idempotencyKey: 'order-1001', context: hqOrder }),
        );
        expect(clash).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_CONFLICT' });
        for (const text of [clash.message.en, clash.message['zh-CN']]) {
          expect(text).not.toContain(first.redemptionId);
          expect(text).not.toContain(second.redemptionId);
        }
      });

      it('evaluate after stock runs out reports the campaign as redeem refuses it', async () => {
        await publish(
          admin,
          limitedCampaign(
            'two-units',
            [use('core.item-stock', { items: [{ sku: 'SKU-9', stock: 2 }] })],
            {
              when: tagged('two'),
            },
          ),
        );
        const line = (id: string) => ({ id, sku: 'SKU-9', unitPrice: 9900, quantity: 1 });
        const context = (customer: string) =>
          order({ id: customer, tags: ['two'] }, 9900, { lines: [line('l1')] });
        for (const customer of ['a', 'b']) {
          await checkout.redemption.redeem({
            idempotencyKey: `two-${customer}`,
            context: context(customer),
          });
        }

        const refusal = await refusalOf(
          checkout.redemption.redeem({ idempotencyKey: 'two-c', context: context('c') }),
        );
        const evaluated = await checkout.evaluate({ context: context('c') });
        const outcome = evaluated.campaigns.find((campaign) => campaign.campaignId === 'two-units');

        expect(refusal.limits).toEqual([
          expect.objectContaining({ key: 'campaign:two-units:stock:SKU-9', need: 1, left: 0 }),
        ]);
        expect(outcome?.status).toBe('not-applied');
        expect(outcome?.reason?.message.en).toBe(
          (refusal.limits![0] as { message: { en: string } }).message.en,
        );
      });

      it('a sold-out item is refused without a hold; a unit given back sells at once', async () => {
        await publish(
          admin,
          limitedCampaign(
            'one-unit',
            [use('core.item-stock', { items: [{ sku: 'SKU-8', stock: 1 }] })],
            { when: tagged('one') },
          ),
        );
        const line = { id: 'l1', sku: 'SKU-8', unitPrice: 9900, quantity: 1 };
        const redeem = (customer: string) =>
          checkout.redemption.redeem({
            idempotencyKey: `one-${customer}`,
            context: order({ id: customer, tags: ['one'] }, 9900, { lines: [line] }),
          });
        // Counts the ledger's holds, the real ones still made.
        const ledger = services.ledger;
        const hold = ledger.hold.bind(ledger);
        let holds = 0;
        ledger.hold = (request) => ((holds += 1), hold(request));
        try {
          const first = await redeem('a');
          const refusedByHold = await refusalOf(redeem('b'));
          expect(holds).toBe(2);
          const refusedByRead = await refusalOf(redeem('c'));
          expect(holds).toBe(2);
          expect(refusedByRead).toEqual(refusedByHold);
          expect(refusedByRead.limits).toEqual([
            expect.objectContaining({ key: 'campaign:one-unit:stock:SKU-8', need: 1, left: 0 }),
          ]);

          await checkout.redemption.cancel({ redemptionId: first.redemptionId });
          const resold = await redeem('d');
          expect(resold.held).toEqual([
            expect.objectContaining({ key: 'campaign:one-unit:stock:SKU-8', amount: 1 }),
          ]);
        } finally {
          ledger.hold = hold;
        }
      });

      it('a stock raised by a new version sells at once, and evaluate says it has room', async () => {
        const stocked = (stock: number) =>
          limitedCampaign(
            'raised',
            [use('core.item-stock', { items: [{ sku: 'SKU-7', stock }] })],
            {
              when: tagged('raised'),
            },
          );
        await publish(admin, stocked(1));
        const line = { id: 'l1', sku: 'SKU-7', unitPrice: 9900, quantity: 1 };
        const context = (customer: string) =>
          order({ id: customer, tags: ['raised'] }, 9900, { lines: [line] });
        const redeem = (customer: string) =>
          checkout.redemption.redeem({
            idempotencyKey: `raised-${customer}`,
            context: context(customer),
          });
        await redeem('a');
        expect((await refusalOf(redeem('b'))).limits).toEqual([
          expect.objectContaining({ need: 1, left: 0, capacity: 1 }),
        ]);

        // Version 2 has 3 units: 2 left, though no hold has written the new capacity yet.
        const current = await admin.campaigns.get({ id: 'raised' });
        const updated = await admin.campaigns.update({
          id: 'raised',
          revision: current.revision,
          document: stocked(3),
        });
        await admin.campaigns.publish({ id: 'raised', revision: updated.revision });
        const evaluated = await checkout.evaluate({ context: context('c') });
        expect(evaluated.campaigns.find((c) => c.campaignId === 'raised')?.status).toBe('applied');
        expect((await redeem('c')).held).toEqual([
          expect.objectContaining({ key: 'campaign:raised:stock:SKU-7', capacity: 3 }),
        ]);
        expect((await redeem('d')).discount).toBe(1000);
        expect((await refusalOf(redeem('e'))).limits).toEqual([
          expect.objectContaining({ need: 1, left: 0, capacity: 3 }),
        ]);
      });

      it('refuses anonymous callers and roles other than checkout', async () => {
        const marketer = await signedIn(services, 'east-marketer');
        const context = order({ id: 'x' }, 5000);
        expect(
          (await refusalOf(marketer.redemption.redeem({ idempotencyKey: 'm', context }))).code,
        ).toBe('FORBIDDEN');
        const missing = await refusalOf(
          checkout.redemption.redeem({ idempotencyKey: '', context }),
        );
        expect(missing.code).toBe('BAD_REQUEST');
        expect(missing.issues?.[0]?.path).toBe('/idempotencyKey');
        const absurd = await refusalOf(
          checkout.redemption.redeem({ idempotencyKey: 'm2', context, expectedPayable: 1e15 }),
        );
        expect(absurd.issues?.[0]?.path).toBe('/expectedPayable');
        const longAgo = await refusalOf(
          checkout.redemption.complete({
            redemptionId: 'rd-none',
            paidAt: '0001-01-01T00:00:00+00:00',
          }),
        );
        expect(longAgo.code).toBe('BAD_REQUEST');
        expect(longAgo.issues?.[0]?.path).toBe('/paidAt');
        expect(longAgo.issues?.[0]?.message.en).toContain('2000–2099');
      });
    },
  );
}
