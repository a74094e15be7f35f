/**
 * Complete, cancel, refund and expiry through the API: the paid-order grants (E2 free-order
 * moments, E4 draws, D1 eggs, vouchers) and what a refund gives back, revokes and reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/AppServices.js';
import { manualClock, refusalOf, signedIn, type Caller } from '../support/testServices.js';
import { DAY, limitedCampaign, order, publish, use } from './support/campaigns.js';
import {
  redemptionBackends,
  redemptionTitle,
  type OpenedServices,
} from './support/redemptionBackends.js';

const backends = await redemptionBackends();
const tagged = (tag: string) => use('core.customer-tag', { tags: [tag] });

function rewardCampaign(id: string, tag: string, event: string, then: unknown[]) {
  return {
    id,
    version: 1,
    name: { 'zh-CN': id, en: id },
    timezone: 'Asia/Shanghai',
    window: { firstDay: DAY, lastDay: DAY },
    rules: [
      {
        id: 'reward',
        when: { all: [use('core.event-type', { types: [event] }), tagged(tag)] },
        then,
      },
    ],
  };
}

const label = (text: string) => ({ 'zh-CN': text, en: text });

/** A lucky draw on payment with one tablet, won for sure while it lasts, then cards. */
const oneTabletDraw = (id: string, tag: string) =>
  rewardCampaign(id, tag, 'order.paid', [
    use('ecommerce.lucky-draw', {
      prizes: [{ prize: 'tablet', label: label('tablet'), quantity: 1, chancePpm: 1e6 }],
      fallback: {
        prize: 'card',
        label: label('card'),
        usableFrom: '2026-12-01',
        usableUntil: '2027-02-28',
      },
    }),
  ]);

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== undefined)(
    `redemption lifecycle on ${redemptionTitle(backend)}`,
    () => {
      let opened: OpenedServices;
      let services: AppServices;
      let admin: Caller;
      let checkout: Caller;
      const clock = manualClock(new Date().toISOString());

      beforeAll(async () => {
        opened = await backend.open({ clock: clock.now });
        services = opened.services;
        admin = await signedIn(services, 'hq-admin');
        checkout = await signedIn(services, 'integrator');
      });

      afterAll(async () => {
        await opened?.close();
      });

      const redeem = (key: string, context: ReturnType<typeof order>) =>
        checkout.redemption.redeem({ idempotencyKey: key, context });
      const complete = (redemptionId: string, paidAt = '2026-11-11T10:40:00+08:00') =>
        checkout.redemption.complete({ redemptionId, paidAt });

      it('E4: draws over many completions never give a prize more than its quantity', async () => {
        await publish(
          admin,
          rewardCampaign('e4-draw', 'e4', 'order.paid', [
            use('ecommerce.lucky-draw', {
              prizes: [
                { prize: 'tablet', label: label('tablet'), quantity: 3, chancePpm: 500_000 },
                { prize: 'steamer', label: label('steamer'), quantity: 2, chancePpm: 400_000 },
              ],
              fallback: {
                prize: 'card',
                label: label('card'),
                usableFrom: '2026-12-01',
                usableUntil: '2027-02-28',
              },
            }),
          ]),
        );
        const held = await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            redeem(`e4-${index}`, order({ id: `e4-${index}`, tags: ['e4'] }, 35000)),
          ),
        );
        const completed = await Promise.all(held.map((answer) => complete(answer.redemptionId)));
        const prizes = completed.flatMap((answer) =>
          answer.grants.map((grant) => (grant.details as { prize?: string }).prize),
        );
        const count = (prize: string) => prizes.filter((entry) => entry === prize).length;

        expect(prizes).toHaveLength(30);
        expect([count('tablet'), count('steamer'), count('card')]).toEqual([3, 2, 25]);
        const counters = await services.ledger.counters([
          'campaign:e4-draw:prize:tablet',
          'campaign:e4-draw:prize:steamer',
        ]);
        expect(counters.get('campaign:e4-draw:prize:tablet')).toMatchObject({
          used: 3,
          capacity: 3,
        });
        expect(counters.get('campaign:e4-draw:prize:steamer')).toMatchObject({
          used: 2,
          capacity: 2,
        });

        const drawId = completed[0]!.grants[0]!.id;
        const draw = await checkout.draws.get({ drawId });
        expect(draw).toMatchObject({
          drawId,
          seed: completed[0]!.grants[0]!.seed,
          mode: 'chances',
        });
        expect(draw.replay).toEqual({ prize: draw.prize, matches: true });

        // Completing again answers the first completion: no second draw.
        expect(await complete(held[0]!.redemptionId)).toEqual(completed[0]);
      });

      it('R10 from its template: cards draw evenly from what is left, then nothing', async () => {
        const prize = (id: string, quantity: number) => ({
          prize: id,
          name: label(id),
          quantity,
          value: 6000,
        });
        const created = await admin.campaigns.create({
          templateId: 'retail.scratch-cards',
          id: 'r10-small',
          params: {
            // The template has no tag condition: a day of its own keeps the other tests' orders
            // (11 Nov) out of it.
            days: { firstDay: '2026-11-12', lastDay: '2026-11-12' },
            min: 1100,
            cards: 1,
            prizes: [prize('phone', 1), prize('vacuum-flask', 2)],
          },
        });
        await admin.campaigns.publish({ id: created.id, revision: created.revision });
        const held = await Promise.all(
          Array.from({ length: 5 }, (_, index) =>
            redeem(
              `r10-${index}`,
              order({ id: `r10-${index}` }, 30000, { instant: '2026-11-12T10:30:00+08:00' }),
            ),
          ),
        );
        const completed = await Promise.all(
          held.map((answer) => complete(answer.redemptionId, '2026-11-12T10:40:00+08:00')),
        );
        const prizes = completed
          .flatMap((answer) => answer.grants)
          .filter((grant) => (grant.details as { campaignId?: string }).campaignId === 'r10-small')
          .map((grant) => (grant.details as { prize?: string }).prize ?? 'nothing');

        expect(prizes.sort()).toEqual([
          'nothing',
          'nothing',
          'phone',
          'vacuum-flask',
          'vacuum-flask',
        ]);
      });

      it("D1: eggs by the day's cumulative paid amount, read from the ledger", async () => {
        await publish(
          admin,
          rewardCampaign('d1-eggs', 'd1', 'order', [
            use('ecommerce.golden-eggs', {
              tiers: [
                { min: 111100, eggs: 1 },
                { min: 300000, eggs: 3 },
                { min: 500000, eggs: 6 },
              ],
              maxPerDay: 6,
            }),
          ]),
        );
        const customer = { id: 'd1-buyer', tags: ['d1'] };
        // Both orders are held before either is paid: the second's eggs follow the payment.
        const first = await redeem('d1-1', order(customer, 200000));
        const second = await redeem('d1-2', order(customer, 200000));
        const eggs = (answer: Awaited<ReturnType<typeof complete>>) =>
          answer.grants.filter((grant) => grant.kind === 'ecommerce.golden-egg').length;

        expect(eggs(await complete(first.redemptionId))).toBe(1);
        expect(eggs(await complete(second.redemptionId))).toBe(2);
        expect(await services.ledger.paidOn('d1-buyer', DAY)).toBe(400000);

        const evaluated = await checkout.evaluate({ context: order(customer, 100000) });
        const third = evaluated.benefits.find((benefit) => benefit.campaignId === 'd1-eggs');
        expect(third?.reward?.details).toMatchObject({ dayTotal: 500000, eggsToday: 6 });
      });

      it('E2: the first order paid inside a moment gets its paid amount back', async () => {
        await publish(
          admin,
          rewardCampaign('e2-moments', 'e2', 'order.paid', [
            use('ecommerce.free-order-moment', {
              day: DAY,
              first: '00:08:08',
              everyMinutes: 10,
              count: 12,
              cap: 200000,
            }),
          ]),
        );
        const context = (id: string) =>
          order({ id, tags: ['e2'] }, 12345, { instant: '2026-11-11T00:18:00+08:00' });
        const [a, b, c] = await Promise.all(
          ['a', 'b', 'c'].map((id) => redeem(`e2-${id}`, context(`e2-${id}`))),
        );
        const won = (answer: Awaited<ReturnType<typeof complete>>) =>
          answer.grants.filter((grant) => grant.kind === 'ecommerce.free-order');

        expect(won(await complete(a!.redemptionId, '2026-11-11T00:18:08.400+08:00'))).toEqual([
          expect.objectContaining({ value: 12345 }),
        ]);
        expect(won(await complete(b!.redemptionId, '2026-11-11T00:18:08.900+08:00'))).toEqual([]);
        expect(won(await complete(c!.redemptionId, '2026-11-11T00:28:08.100+08:00'))).toHaveLength(
          1,
        );
      });

      it('R5: 11 claims of one brand coupon racing → 10 claimed, the 11th refused', async () => {
        await publish(admin, {
          ...rewardCampaign('r5-claims', 'r5', 'coupon.claim', [
            use('retail.claim-brand-coupon', { coupons: ['brand-a.50'], maxPerCustomer: 10 }),
          ]),
          limits: [use('core.claim-cap', { maxPerCustomer: 10 })],
        });
        const context = order({ id: 'r5-buyer', tags: ['r5'] }, 0, {
          lines: [],
          event: { type: 'coupon.claim', coupon: 'brand-a.50' },
        });
        const settled = await Promise.allSettled(
          Array.from({ length: 11 }, (_, index) =>
            checkout.coupons.claim({ idempotencyKey: `r5-${index}`, context }),
          ),
        );
        const claimed = settled.flatMap((entry) =>
          entry.status === 'fulfilled' ? [entry.value] : [],
        );

        expect(claimed).toHaveLength(10);
        expect(claimed.flatMap((answer) => answer.coupons.map((coupon) => coupon.coupon))).toEqual(
          Array(10).fill('brand-a.50'),
        );
        const refusal = await refusalOf(
          checkout.coupons.claim({ idempotencyKey: 'r5-x', context }),
        );
        expect(refusal).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'LIMIT_EXHAUSTED' });
        expect(refusal.limits).toEqual([expect.objectContaining({ need: 1, left: 0 })]);

        // A claim sent without its event is refused, naming the event it needs.
        const { event: _event, ...withoutEvent } = context;
        for (const [sent, said] of [
          [withoutEvent, 'this context has no event.'],
          [{ ...context, event: { type: 'order.paid' } }, 'has the event type "order.paid".'],
        ] as const) {
          const notClaim = await refusalOf(
            checkout.coupons.claim({ idempotencyKey: 'r5-no-event', context: sent }),
          );
          expect(notClaim).toMatchObject({ code: 'BAD_REQUEST', reason: 'not-a-claim' });
          expect(notClaim.message.en).toContain('"type": "coupon.claim"');
          expect(notClaim.message.en).toContain(said);
        }
      });

      it('cancel releases the hold; an expired hold is released by the sweep', async () => {
        await publish(
          admin,
          limitedCampaign('one-use', [use('core.total-uses', { uses: 1 })], {
            when: tagged('cxl'),
          }),
        );
        const key = 'campaign:one-use:uses';
        const first = await redeem('cxl-1', order({ id: 'x-1', tags: ['cxl'] }, 5000));
        expect(
          await checkout.redemption.cancel({ redemptionId: first.redemptionId }),
        ).toMatchObject({
          status: 'cancelled',
        });
        expect((await services.ledger.counters([key])).get(key)).toMatchObject({
          held: 0,
          used: 0,
        });
        expect(await refusalOf(complete(first.redemptionId))).toMatchObject({
          code: 'CONFLICT',
          reason: 'REDEMPTION_CANCELLED',
        });

        const second = await redeem('cxl-2', order({ id: 'x-2', tags: ['cxl'] }, 5000));
        clock.advance(16 * 60_000);
        expect(await services.ledger.releaseExpired(clock.now())).toBeGreaterThanOrEqual(1);
        expect((await services.ledger.counters([key])).get(key)).toMatchObject({
          held: 0,
          used: 0,
        });
        expect(await refusalOf(complete(second.redemptionId))).toMatchObject({
          reason: 'REDEMPTION_EXPIRED',
        });
      });

      it('an order cancelled elsewhere is refused at completion and draws no prize', async () => {
        await publish(admin, oneTabletDraw('stale-draw', 'stale'));
        const first = await redeem('stale-1', order({ id: 'st-1', tags: ['stale'] }, 5000));
        // As another server process would: this process still remembers the order as held.
        expect(await services.ledger.cancel(first.redemptionId)).toMatchObject({
          status: 'cancelled',
        });
        expect(await refusalOf(complete(first.redemptionId))).toMatchObject({
          code: 'CONFLICT',
          reason: 'REDEMPTION_CANCELLED',
        });

        // The one tablet is still there for the next paid order.
        const second = await redeem('stale-2', order({ id: 'st-2', tags: ['stale'] }, 5000));
        const completed = await complete(second.redemptionId);
        expect(
          completed.grants.map((grant) => (grant.details as { prize?: string }).prize),
        ).toEqual(['tablet']);
        const key = 'campaign:stale-draw:prize:tablet';
        expect((await services.ledger.counters([key])).get(key)).toMatchObject({ used: 1 });
      });

      it('a cancel while a completion draws gives the prize back, before or after the draw', async () => {
        const tablet = 'campaign:race-draw:prize:tablet';
        await publish(admin, oneTabletDraw('race-draw', 'race'));
        const ledger = services.ledger;
        const { draw, complete: completeInLedger } = ledger;
        const prizeUsed = async () => (await ledger.counters([tablet])).get(tablet)?.used ?? 0;

        // As another process would: the cancel lands after the draw, before the completion.
        const first = await redeem('race-1', order({ id: 'race-1', tags: ['race'] }, 5000));
        ledger.complete = async (id, request) => {
          await ledger.cancel(id);
          return completeInLedger.call(ledger, id, request);
        };
        try {
          expect(await refusalOf(complete(first.redemptionId))).toMatchObject({
            reason: 'REDEMPTION_CANCELLED',
          });
        } finally {
          ledger.complete = completeInLedger;
        }
        expect(await prizeUsed()).toBe(0);

        // The cancel lands after the completion read the order, before it draws.
        const second = await redeem('race-2', order({ id: 'race-2', tags: ['race'] }, 5000));
        ledger.draw = async (request) => {
          await ledger.cancel(second.redemptionId);
          return draw.call(ledger, request);
        };
        try {
          expect(await refusalOf(complete(second.redemptionId))).toMatchObject({
            reason: 'REDEMPTION_CANCELLED',
          });
        } finally {
          ledger.draw = draw;
        }
        expect(await prizeUsed()).toBe(0);
        expect(await ledger.returnDraws(second.redemptionId)).toBe(0);
        // The draw stays on record for audit, saying its prize went back (by its counter: the
        // completion that would have recorded the prize's own id was refused).
        const drawId = `${second.redemptionId}-g1`;
        expect(await checkout.draws.get({ drawId })).toMatchObject({
          drawId,
          prize: tablet,
          returnedAt: expect.any(String),
        });
        // Another branch's checkout is told only what an unknown id would tell it.
        await admin.users.create({
          username: 'east-checkout',
          password: 'east-pass-1',
          displayName: 'east checkout',
          role: 'integrator',
          branchId: 'east',
        });
        const east = await signedIn(services, 'east-checkout', 'east-pass-1');
        const unknown = await refusalOf(east.draws.get({ drawId: 'rd-none-g1' }));
        const hidden = await refusalOf(east.draws.get({ drawId }));
        expect([hidden.code, hidden.reason]).toEqual(['NOT_FOUND', 'no-draw']);
        expect(hidden.message.en.replace(drawId, 'ID')).toBe(
          unknown.message.en.replace('rd-none-g1', 'ID'),
        );

        const third = await redeem('race-3', order({ id: 'race-3', tags: ['race'] }, 5000));
        const won = await complete(third.redemptionId);
        expect(won.grants.map((grant) => (grant.details as { prize?: string }).prize)).toEqual([
          'tablet',
        ]);
        expect(await prizeUsed()).toBe(1);
      });

      it('refund gives back budget, revokes unused vouchers, reports used ones', async () => {
        await publish(admin, {
          ...limitedCampaign(
            'r1-return',
            [use('core.budget', { total: 100000 }), use('core.per-customer', { total: 1 })],
            { when: { all: [use('core.event-type', { types: ['order'] }), tagged('vch')] } },
          ),
          rules: [
            {
              id: 'return',
              when: { all: [use('core.event-type', { types: ['order'] }), tagged('vch')] },
              then: [
                use('core.amount-off', { amount: 1000 }),
                use('retail.unit-vouchers', { per: 100000, voucher: 10000, kind: 'test.voucher' }),
              ],
            },
          ],
        });
        await publish(admin, {
          id: 'pay-with-vouchers',
          version: 1,
          name: label('pay-with-vouchers'),
          timezone: 'Asia/Shanghai',
          window: { firstDay: DAY, lastDay: '2026-12-31' },
          rules: [
            {
              id: 'pay',
              when: tagged('pay'),
              then: [
                use('core.use-vouchers', { kinds: ['test.voucher'], per: 50000, allowance: 10000 }),
              ],
            },
          ],
        });
        const earned = await redeem('vch-a', order({ id: 'vch-buyer', tags: ['vch'] }, 250000));
        const paid = await complete(earned.redemptionId);
        expect(paid.vouchers.map((voucher) => voucher.value)).toEqual([10000, 10000]);
        const [v1, v2] = paid.vouchers;

        const spend = await redeem(
          'vch-b',
          order({ id: 'vch-buyer', tags: ['pay'] }, 60000, {
            instant: '2026-11-12T10:00:00+08:00',
            vouchers: [v1!],
          }),
        );
        expect(spend.tendered).toBe(10000);
        await complete(spend.redemptionId, '2026-11-12T10:01:00+08:00');

        const refund = await checkout.redemption.refund({ redemptionId: earned.redemptionId });
        expect(refund).toMatchObject({
          status: 'refunded',
          paidAmount: 249000,
          // The budget pays for the 10.00 off and the two 100.00 vouchers it returned.
          returned: [{ key: 'campaign:r1-return:budget', amount: 21000 }],
          revoked: [v2!.id],
          used: [expect.objectContaining({ grantId: v1!.id, usedBy: spend.redemptionId })],
        });
        const counters = await services.ledger.counters([
          'campaign:r1-return:budget',
          'campaign:r1-return:customer:vch-buyer',
        ]);
        expect(counters.get('campaign:r1-return:budget')).toMatchObject({ used: 0 });
        expect(counters.get('campaign:r1-return:customer:vch-buyer')).toMatchObject({ used: 1 });

        const revoked = await refusalOf(
          checkout.evaluate({
            context: order({ id: 'vch-buyer', tags: ['pay'] }, 60000, {
              instant: '2026-11-12T11:00:00+08:00',
              vouchers: [v2!],
            }),
          }),
        );
        expect(revoked).toMatchObject({ code: 'BAD_REQUEST' });
        expect(revoked.issues?.[0]?.path).toBe('/context/vouchers/0');
      });
    },
  );
}
