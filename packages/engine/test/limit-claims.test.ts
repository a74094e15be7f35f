import { describe, expect, it } from 'vitest';
import {
  createEngine,
  customerKeyOf,
  evaluateWithinLimits,
  type AnyBlock,
  type BenefitBlock,
  type ConditionBlock,
  type EvaluationContext,
  type LimitBlock,
  type LimitShortfall,
} from '../src/index.js';

let conditionCalls = 0;
const always: ConditionBlock<Record<string, never>> = {
  id: 't.always',
  kind: 'condition',
  label: { 'zh-CN': '总是', en: 'Always' },
  description: { 'zh-CN': '总是', en: 'Always' },
  paramsSchema: { type: 'object' },
  compile: () => () => {
    conditionCalls += 1;
    return { passed: true };
  },
};
const couponHeld: ConditionBlock<{ coupon: string }> = {
  id: 't.coupon',
  kind: 'condition',
  label: { 'zh-CN': '持券', en: 'Coupon held' },
  description: { 'zh-CN': '持券', en: 'Coupon held' },
  paramsSchema: { type: 'object', required: ['coupon'] },
  compile:
    ({ coupon }) =>
    (view) => {
      const held = view.context.coupons?.find(
        (each) => each.coupon === coupon && view.couponAvailable(each.id),
      );
      return held ? { passed: true, couponsUsed: [held.id] } : { passed: false };
    },
};
const off: BenefitBlock<{ amount: number }> = {
  id: 't.off',
  kind: 'benefit',
  stage: 'order',
  label: { 'zh-CN': '立减', en: 'Off' },
  description: { 'zh-CN': '立减', en: 'Off' },
  paramsSchema: {
    type: 'object',
    required: ['amount'],
    properties: { amount: { type: 'integer', minimum: 1 } },
  },
  compile:
    ({ amount }) =>
    ({ view, lineIds }) => ({ stage: 'order', amount, lineIds: [...lineIds] }),
};
/** A budget whose counter is `campaign:<id>:budget`, taking the campaign's money value. */
const budget: LimitBlock<{ total: number }> = {
  id: 't.budget',
  kind: 'limit',
  label: { 'zh-CN': '预算', en: 'Budget' },
  description: { 'zh-CN': '预算', en: 'Budget' },
  paramsSchema: {
    type: 'object',
    required: ['total'],
    properties: { total: { type: 'integer', minimum: 1 } },
  },
  compile:
    ({ total }) =>
    ({ campaignId, value }) => [
      {
        key: `campaign:${campaignId}:budget`,
        kind: 'budget',
        unit: 'fen',
        capacity: total,
        amount: value,
        label: { 'zh-CN': '普通客户份额', en: 'ordinary share' },
      },
    ],
};
const noGuests: LimitBlock<Record<string, never>> = {
  id: 't.no-guests',
  kind: 'limit',
  label: { 'zh-CN': '不接受游客', en: 'No guests' },
  description: { 'zh-CN': '不接受游客', en: 'No guests' },
  paramsSchema: { type: 'object' },
  compile: () => (input) =>
    input.customerKey
      ? []
      : {
          refused: true,
          message: { 'zh-CN': '本活动不接受游客', en: 'this campaign refuses guests' },
        },
};

const blocks = [always, couponHeld, off, budget, noGuests] as unknown as AnyBlock[];
const engine = createEngine({ blocks });

function campaign(id: string, amount: number, extra: Record<string, unknown> = {}) {
  return engine.compile({
    id,
    version: 1,
    name: { 'zh-CN': id, en: id },
    rules: [
      {
        id: 'r',
        when: { block: 't.always', params: {} },
        then: [{ block: 't.off', params: { amount } }],
      },
    ],
    ...extra,
  });
}

const order = (extra: Partial<EvaluationContext> = {}): EvaluationContext => ({
  instant: '2026-11-11T10:00:00+08:00',
  customer: { id: 'c-1' },
  lines: [{ id: 'l1', sku: 'dress', unitPrice: 60000, quantity: 1 }],
  ...extra,
});
const withBudget = (total: number) => ({
  limits: [{ block: 't.budget', params: { total } }],
});

describe('limit claims of applied campaigns', () => {
  it('lists the claims of applied campaigns only, with where they come from', () => {
    const applied = campaign('a', 5000, withBudget(10000));
    const outOfScope = campaign('b', 5000, {
      ...withBudget(10000),
      window: { firstDay: '2026-12-01', lastDay: '2026-12-01' },
    });
    const result = engine.evaluate([applied, outOfScope], order());

    expect(result.claims).toEqual([
      {
        key: 'campaign:a:budget',
        kind: 'budget',
        unit: 'fen',
        capacity: 10000,
        amount: 5000,
        campaignId: 'a',
        label: { 'zh-CN': '普通客户份额', en: 'ordinary share' },
        path: '/limits/0',
        block: 't.budget',
      },
    ]);
    expect(result.campaigns.map((c) => [c.campaignId, c.status, c.claims?.length])).toEqual([
      ['a', 'applied', 1],
      ['b', 'out-of-scope', undefined],
    ]);
    expect(result.discount).toBe(5000);
  });

  it('claims each coupon the rules used once, capacity 1, amount 1', () => {
    const coupon = engine.compile({
      id: 'e1',
      version: 1,
      name: { 'zh-CN': 'e1', en: 'e1' },
      rules: [
        {
          id: 'r',
          when: { block: 't.coupon', params: { coupon: 'shop.100' } },
          then: [{ block: 't.off', params: { amount: 10000 } }],
        },
      ],
    });
    const result = engine.evaluate(
      [coupon],
      order({ coupons: [{ id: 'C-1', coupon: 'shop.100' }] }),
    );

    expect(result.claims).toEqual([
      {
        key: 'coupon:C-1',
        kind: 'instrument',
        unit: 'count',
        capacity: 1,
        amount: 1,
        label: { 'zh-CN': '券 C-1', en: 'coupon C-1' },
        path: '/rules/0/then/0',
        block: 't.off',
      },
    ]);
  });

  it('a limit that refuses guests leaves its campaign out, and pricing is run without it', () => {
    const members = campaign('members', 3000, { limits: [{ block: 't.no-guests', params: {} }] });
    const everyone = campaign('everyone', 1000);
    const guest = engine.evaluate([members, everyone], order({ customer: {} }));

    expect(guest.discount).toBe(1000);
    expect(guest.campaigns[1]).toMatchObject({
      campaignId: 'members',
      status: 'not-applied',
      reason: {
        path: '/limits/0',
        block: 't.no-guests',
        message: { en: 'this campaign refuses guests' },
      },
    });
    const byPhone = engine.evaluate(
      [members, everyone],
      order({ customer: { phone: '+8613800138000' } }),
    );
    expect(byPhone.discount).toBe(4000);
  });

  it('validates limit blocks like rule blocks, with pointers into /limits', () => {
    const issues = engine.validateCampaign({
      id: 'x',
      version: 1,
      name: { 'zh-CN': 'x', en: 'x' },
      rules: [{ id: 'r', then: [{ block: 't.off', params: { amount: 1 } }] }],
      limits: [
        { block: 't.budget', params: { total: 0 } },
        { block: 't.off', params: { amount: 1 } },
      ],
    });

    expect(issues.map((issue) => [issue.path, issue.keyword])).toEqual([
      ['/limits/0/params/total', 'minimum'],
      ['/limits/1/block', 'wrong-kind'],
    ]);
  });
});

describe('who one customer is', () => {
  it('the customer id, else the phone without its country code, else nobody', () => {
    expect(customerKeyOf({ id: 'c-1', phone: '13800138000' })).toBe('c-1');
    expect(customerKeyOf({ phone: '+8613800138000' })).toBe('phone:13800138000');
    expect(customerKeyOf({ phone: '13800138000' })).toBe('phone:13800138000');
    expect(customerKeyOf({ phone: '+86 138 0013 8000' })).toBe('phone:13800138000');
    expect(customerKeyOf({ phone: '0086 138-0013-8000' })).toBe('phone:13800138000');
    expect(customerKeyOf({ tier: 'vip' })).toBeUndefined();
  });
});

describe('shortfalls: a campaign whose counter has not enough left', () => {
  const claim = {
    key: 'campaign:a:budget',
    kind: 'budget' as const,
    unit: 'fen' as const,
    capacity: 10000,
    amount: 5000,
    campaignId: 'a',
    label: { 'zh-CN': '普通客户份额', en: 'ordinary share' },
    path: '/limits/0',
    block: 't.budget',
  };

  it('is not applied before it runs, with the V1 words and figures', () => {
    const shortfalls = new Map<string, LimitShortfall[]>([['a', [{ claim, left: 3000 }]]]);
    const result = engine.evaluate([campaign('a', 5000, withBudget(10000))], order(), {
      shortfalls,
    });

    expect(result.discount).toBe(0);
    expect(result.claims).toEqual([]);
    expect(result.campaigns[0]).toMatchObject({
      status: 'not-applied',
      shortfalls: [{ claim, left: 3000 }],
      reason: {
        path: '/limits/0',
        block: 't.budget',
        message: {
          'zh-CN': '普通客户份额：需要 50.00，剩余 30.00',
          en: 'ordinary share: need 50.00, left 30.00',
        },
        expected: '≥ 50.00',
        actual: '30.00',
      },
    });
  });

  it('an instrument shortfall reads "coupon C-1 is already used"', () => {
    const used = {
      key: 'coupon:C-1',
      kind: 'instrument' as const,
      unit: 'count' as const,
      capacity: 1,
      amount: 1,
      label: { 'zh-CN': '券 C-1', en: 'coupon C-1' },
      path: '/rules/0/then/0',
      block: 't.off',
    };
    const shortfalls = new Map([['a', [{ claim: used, left: 0 }]]]);
    const result = engine.evaluate([campaign('a', 5000)], order(), { shortfalls });

    expect(result.campaigns[0]?.reason?.message).toEqual({
      'zh-CN': '券 C-1 已被使用',
      en: 'coupon C-1 is already used',
    });
  });
});

describe('evaluateWithinLimits', () => {
  const group = { stacking: { exclusiveGroup: 'shop' } };
  const winner = campaign('big', 8000, { ...group, ...withBudget(100000) });
  const runnerUp = campaign('small', 3000, { ...group, ...withBudget(100000) });
  const evaluate = (
    context: EvaluationContext,
    options: { shortfalls: ReadonlyMap<string, LimitShortfall[]> },
  ) => engine.evaluate([winner, runnerUp], context, options);

  it('the excluded winner of an exclusive group lets the runner-up apply', async () => {
    const ledger = new Map([['campaign:big:budget', 5000]]);
    const reads: string[][] = [];
    const result = await evaluateWithinLimits(evaluate, order(), async (claims) => {
      reads.push(claims.map((claim) => claim.key));
      return ledger;
    });

    expect(reads).toEqual([['campaign:big:budget'], ['campaign:small:budget']]);
    expect(result.discount).toBe(3000);
    expect(result.claims.map((c) => [c.key, c.amount])).toEqual([['campaign:small:budget', 3000]]);
    const big = result.campaigns.find((c) => c.campaignId === 'big');
    expect(big?.status).toBe('not-applied');
    expect(big?.reason?.message.en).toBe('ordinary share: need 80.00, left 50.00');
    expect(big?.shortfalls?.[0]?.left).toBe(5000);
  });

  it('a key the ledger does not know has its whole capacity left', async () => {
    const result = await evaluateWithinLimits(evaluate, order(), async () => new Map());

    expect(result.discount).toBe(8000);
    expect(result.claims.map((c) => c.key)).toEqual(['campaign:big:budget']);
  });

  it('when both are short, neither applies, and the rounds stop', async () => {
    const ledger = new Map([
      ['campaign:big:budget', 0],
      ['campaign:small:budget', 2999],
    ]);
    const result = await evaluateWithinLimits(evaluate, order(), async () => ledger);

    expect(result.discount).toBe(0);
    expect(result.campaigns.map((c) => c.status)).toEqual(['not-applied', 'not-applied']);
  });
});

describe('a campaign without limits costs nothing extra', () => {
  it('prices once, claims nothing, and never asks the ledger', async () => {
    const plain = campaign('plain', 1000);
    conditionCalls = 0;
    let reads = 0;
    let evaluations = 0;
    const result = await evaluateWithinLimits(
      (context, options) => {
        evaluations += 1;
        return engine.evaluate([plain], context, options);
      },
      order(),
      async () => {
        reads += 1;
        return new Map();
      },
    );

    expect([evaluations, reads, conditionCalls]).toEqual([1, 0, 1]);
    expect(result.claims).toEqual([]);
    expect(result.campaigns[0]).not.toHaveProperty('claims');
    expect(plain.limits).toBeUndefined();
  });
});
