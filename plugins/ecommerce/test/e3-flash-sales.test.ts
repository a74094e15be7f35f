import { describe, expect, it } from 'vitest';
import type { EvaluationContext } from '@campaign-studio/sdk';
import { runTemplate } from './support.js';

const flash = (
  instant: string,
  quantity = 1,
  bought = 0,
  sku = 'dress-199',
): EvaluationContext => ({
  instant,
  customer: { id: 'c-1' },
  lines: [
    {
      id: 'l1',
      sku,
      unitPrice: 19900,
      quantity,
      attributes: { flashBoughtThisSession: bought },
    },
  ],
});
const run = (context: EvaluationContext) => runTemplate('ecommerce.flash-sales', context);
const AT_10 = '2026-11-11T10:00:00+08:00';

describe('E3 hourly flash sales', () => {
  it('199.00 listed, sold at 19.90 in the 10:00 session → line reduction 179.10', () => {
    const result = run(flash(AT_10));

    expect(result.lines[0]?.lineDiscount).toBe(17910);
    expect(result.subtotalAfterLineChanges).toBe(1990);
    expect(result.payable).toBe(1990);
  });

  it('one unit per customer per item per session: the second unit pays list price', () => {
    const result = run(flash('2026-11-11T10:59:59+08:00', 2));

    expect(result.lines[0]?.lineDiscount).toBe(17910);
    expect(result.payable).toBe(1990 + 19900);
  });

  it('a customer who already bought one this session pays list price', () => {
    const result = run(flash(AT_10, 1, 1));

    expect(result.discount).toBe(0);
    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'no item of the 10:00 session left at the flash price: dress-199 | flash-10-b',
    );
  });

  it('reports the stock to hold and free shipping in the reward', () => {
    const reward = run(flash(AT_10, 3)).benefits.find((b) => b.reward)?.reward;

    expect(reward).toEqual({
      item: 'ecommerce.flash-sale',
      quantity: 1,
      label: { 'zh-CN': '秒杀商品（包邮）', en: 'Flash-sale items (free shipping)' },
      details: {
        session: '2026-11-11T10:00',
        freeShipping: true,
        items: [{ sku: 'dress-199', units: 1, price: 1990, stock: 50 }],
      },
    });
  });

  it.each([
    ['2026-11-11T00:00:00+08:00', 'flash-00-a', 990],
    ['2026-11-11T02:59:59+08:00', 'flash-02-a', 2990],
    ['2026-11-11T09:00:00+08:00', 'flash-09-a', 1490],
    ['2026-11-11T23:59:59+08:00', 'flash-23-a', 2990],
  ])('%s is in a session: %s at its flash price', (instant, sku, price) => {
    expect(run(flash(instant, 1, 0, sku)).payable).toBe(price);
  });

  it.each(['2026-11-11T03:00:00+08:00', '2026-11-11T08:59:59+08:00'])(
    '%s is in no session (none 3–8)',
    (instant) => {
      const result = run(flash(instant, 1, 0, 'flash-03-a'));

      expect(result.discount).toBe(0);
      expect(result.campaigns[0]?.reason?.message.en).toMatch(/is in no flash-sale session/);
    },
  );

  it('an item of another session gets no flash price', () => {
    expect(run(flash(AT_10, 1, 0, 'flash-11-a')).discount).toBe(0);
  });

  it('refuses a template flash price outside 9.90–29.90, naming the field', () => {
    const sessions = [{ hour: 10, items: [{ sku: 'x', price: 3000, stock: 50 }] }];

    expect(() => runTemplate('ecommerce.flash-sales', flash(AT_10), { sessions })).toThrow(
      /sessions\/0\/items\/0\/price/,
    );
  });
});

describe('E3 limits: stock per item and session, one unit per customer per item a session', () => {
  it('claims a unit of the 10:00 stock of 50 and of the customer’s allowance of 1', () => {
    const result = run(flash(AT_10, 2));
    const session = '2026-11-11T10:00';

    expect(
      result.claims.map(({ key, kind, capacity, amount }) => ({ key, kind, capacity, amount })),
    ).toEqual([
      {
        key: `campaign:ecommerce.flash-sales:stock:dress-199:${session}`,
        kind: 'stock',
        capacity: 50,
        amount: 1,
      },
      {
        key: `campaign:ecommerce.flash-sales:stock:dress-199:${session}:customer:c-1`,
        kind: 'per-customer',
        capacity: 1,
        amount: 1,
      },
    ]);
    expect(result.claims[0]?.label.en).toBe(`stock of dress-199, ${session} session`);
  });

  it('the 11:00 session counts on counters of its own', () => {
    const result = run(flash('2026-11-11T11:30:00+08:00', 1, 0, 'flash-11-a'));

    expect(result.claims.map((claim) => claim.key)).toEqual([
      'campaign:ecommerce.flash-sales:stock:flash-11-a:2026-11-11T11:00',
      'campaign:ecommerce.flash-sales:stock:flash-11-a:2026-11-11T11:00:customer:c-1',
    ]);
  });
});
