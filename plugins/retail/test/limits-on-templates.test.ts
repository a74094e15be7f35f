import { describe, expect, it } from 'vitest';
import type { EvaluationContext, EvaluationResult } from '@campaign-studio/sdk';
import { registry, runTemplate } from './support.js';

const sample = (id: string) =>
  registry.plugins.flatMap((p) => p.samples).find((each) => each.id === id)
    ?.context as EvaluationContext;
const claims = (result: EvaluationResult) =>
  result.claims.map(({ key, kind, capacity, amount }) => ({ key, kind, capacity, amount }));

describe('retail templates hold their limits through limit blocks', () => {
  it('R6: a penny item takes one unit of its 100 a day, on the local day', () => {
    const result = runTemplate('penny-flash', sample('r6-penny-online'));

    expect(claims(result)).toEqual([
      {
        key: 'campaign:penny-flash:stock:penny-01:day:2026-11-08',
        kind: 'stock',
        capacity: 100,
        amount: 1,
      },
    ]);
  });

  it('R8: a diamond VIP takes a drink of 300 and a playground visit of 50', () => {
    const result = runTemplate('vip-perks', sample('r8-diamond-check-in'));

    expect(claims(result)).toEqual([
      {
        key: 'campaign:vip-perks:stock:perk.partner-drink',
        kind: 'stock',
        capacity: 300,
        amount: 1,
      },
      {
        key: 'campaign:vip-perks:stock:perk.playground-visit',
        kind: 'stock',
        capacity: 50,
        amount: 1,
      },
    ]);
  });

  it('R5: a claim counts against 10 per person per brand, in the ledger', () => {
    const result = runTemplate('brand-coupons', sample('r5-claim'));

    expect(claims(result)).toEqual([
      {
        key: 'campaign:brand-coupons:claims:retail.brand-haier-50:customer:cust-2001',
        kind: 'claim',
        capacity: 10,
        amount: 1,
      },
    ]);
  });
});
