import { evaluateWithinLimits, type EvaluationContext } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { campaign, engine, registry, use } from './support.js';

const v1 = engine.compile(registry.instantiate('core.budget-by-tier', {}, { campaignId: 'v1' }));
const order = (customer: EvaluationContext['customer'], instant = '2026-11-11T10:00:00+08:00') => ({
  instant,
  customer,
  lines: [{ id: 'l1', sku: 'coat', unitPrice: 35000, quantity: 1 }],
});
const withinLimits = (
  compiled: ReturnType<typeof engine.compile>,
  context: EvaluationContext,
  ledger: Map<string, number>,
) =>
  evaluateWithinLimits(
    (ctx, options) => engine.evaluate([compiled], ctx, options),
    context,
    async () => ledger,
  );

describe('V1 budget shares by tier as a limit block', () => {
  it('claims the 50.00 discount from the total and from the ordinary share of 10,000.00', () => {
    const result = engine.evaluate([v1], order({ id: 'c-1', tier: 'ordinary' }));

    expect(result.discount).toBe(5000);
    expect(
      result.claims.map(({ key, kind, capacity, amount }) => ({ key, kind, capacity, amount })),
    ).toEqual([
      { key: 'campaign:v1:budget', kind: 'budget', capacity: 10_000_000, amount: 5000 },
      {
        key: 'campaign:v1:budget:share:ordinary',
        kind: 'budget-share',
        capacity: 1_000_000,
        amount: 5000,
      },
    ]);
  });

  it('with 30.00 left of the ordinary share: refused for ordinary, applied for VIP', async () => {
    const ledger = new Map([['campaign:v1:budget:share:ordinary', 3000]]);
    const ordinary = await withinLimits(v1, order({ id: 'c-1', tier: 'ordinary' }), ledger);
    const vip = await withinLimits(v1, order({ id: 'c-2', tier: 'vip' }), ledger);

    expect(ordinary.discount).toBe(0);
    expect(ordinary.campaigns[0]).toMatchObject({
      status: 'not-applied',
      reason: {
        path: '/limits/0',
        block: 'core.budget',
        message: {
          'zh-CN': '普通客户份额：需要 50.00，剩余 30.00',
          en: 'ordinary share: need 50.00, left 30.00',
        },
      },
      shortfalls: [
        { left: 3000, claim: { key: 'campaign:v1:budget:share:ordinary', amount: 5000 } },
      ],
    });
    expect(vip.discount).toBe(5000);
    expect(vip.claims.map((claim) => [claim.key, claim.capacity])).toEqual([
      ['campaign:v1:budget', 10_000_000],
      ['campaign:v1:budget:share:vip', 6_000_000],
    ]);
  });

  it('a customer without a tier counts against the ordinary share', () => {
    const result = engine.evaluate([v1], order({ id: 'c-3' }));

    expect(result.claims[1]?.key).toBe('campaign:v1:budget:share:ordinary');
  });
});

const once = (params: Record<string, unknown>) =>
  engine.compile(
    campaign('p1', [{ id: 'r', then: [use('core.amount-off', { amount: 1000 })] }], {
      limits: [use('core.per-customer', params)],
    }),
  );

describe('uses per customer', () => {
  it('per local day: 23:30 UTC on 10 Nov counts on 11 Nov in Shanghai', () => {
    const result = engine.evaluate(
      [once({ total: 3, perDay: 1 })],
      order({ id: 'c-1' }, '2026-11-10T23:30:00Z'),
    );

    expect(result.claims.map(({ key, capacity, amount }) => [key, capacity, amount])).toEqual([
      ['campaign:p1:customer:c-1', 3, 1],
      ['campaign:p1:customer:c-1:day:2026-11-11', 1, 1],
    ]);
  });

  it('a guest is counted by phone; one with nothing to identify them is refused', () => {
    const byPhone = engine.evaluate([once({ total: 1 })], order({ phone: '+8613800138000' }));
    const guest = engine.evaluate([once({ total: 1 })], order({}));
    const allowed = engine.evaluate([once({ total: 1, guests: 'allow' })], order({}));

    expect(byPhone.claims.map((claim) => claim.key)).toEqual([
      'campaign:p1:customer:phone:13800138000',
    ]);
    expect(guest.discount).toBe(0);
    expect(guest.campaigns[0]).toMatchObject({
      status: 'not-applied',
      reason: {
        path: '/limits/0',
        block: 'core.per-customer',
        expected: 'customer.id | customer.phone',
      },
    });
    expect([allowed.discount, allowed.claims]).toEqual([1000, []]);
  });

  it('once per customer: a customer who used it is refused with the count', async () => {
    const ledger = new Map([['campaign:p1:customer:c-1', 0]]);
    const result = await withinLimits(once({ total: 1 }), order({ id: 'c-1' }), ledger);

    expect(result.campaigns[0]?.reason?.message).toEqual({
      'zh-CN': '每人参与次数：需要 1，剩余 0',
      en: 'uses per customer: need 1, left 0',
    });
  });
});

describe('uses in all', () => {
  it('one counter for the campaign, whichever code is used, besides each code', () => {
    const codes = engine.compile(
      campaign(
        'codes',
        [
          {
            id: 'r',
            when: use('core.coupon-held', { coupon: 'codes.10-off' }),
            then: [use('core.amount-off', { amount: 1000 })],
          },
        ],
        { limits: [use('core.total-uses', { uses: 5 })] },
      ),
    );
    const result = engine.evaluate([codes], {
      ...order({ id: 'c-1' }),
      coupons: [{ id: 'CODE-07', coupon: 'codes.10-off' }],
    });

    expect(result.claims.map(({ key, kind, capacity }) => [key, kind, capacity])).toEqual([
      ['campaign:codes:uses', 'uses', 5],
      ['coupon:CODE-07', 'instrument', 1],
    ]);
  });
});
