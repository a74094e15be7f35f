import { defineBlock, definePlugin, loadPlugins } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import core from '../src/index.js';
import { campaign, engine, use } from './support.js';

const NOV_11 = '2026-11-11T12:00:00+08:00';
const order = (tier: string, amounts: number[], extra: Record<string, unknown> = {}) => ({
  instant: NOV_11,
  channel: 'app',
  customer: { id: 'c1', tier },
  lines: amounts.map((unitPrice, i) => ({
    id: `l${i + 1}`,
    sku: `s${i + 1}`,
    unitPrice,
    quantity: 1,
    category: i % 2 === 0 ? 'food' : 'toys',
  })),
  ...extra,
});
const food = { categories: ['food'], excludeSpecialPrice: true };
const documents = [
  // Tier-gated for everyone but vip: its only rule starts with the tier.
  campaign('vip-only', [
    {
      id: 'vip',
      when: {
        all: [
          use('core.customer-tier', { tiers: ['vip'] }),
          use('core.order-amount', { min: 100 }),
        ],
      },
      then: [use('core.amount-off', { amount: 500 })],
    },
  ]),
  campaign(
    'food-ladder',
    [
      {
        id: 'low',
        when: use('core.order-amount', { min: 10000, lines: food }),
        then: [use('core.amount-off', { amount: 1000 })],
      },
      {
        id: 'high',
        when: use('core.order-amount', { min: 30000, lines: food }),
        then: [use('core.amount-off', { amount: 4000 })],
      },
    ],
    { ruleSelection: 'best', stacking: { priority: 10 } },
  ),
  campaign(
    'every-food',
    [
      {
        id: 'every',
        then: [use('core.every-full-amount-off', { every: 5000, amount: 300, lines: food })],
      },
    ],
    { stacking: { priority: 50 } },
  ),
  campaign('store-only', [{ id: 'r', then: [use('core.amount-off', { amount: 100 })] }], {
    scope: { channels: ['store'] },
  }),
  campaign('october', [{ id: 'r', then: [use('core.amount-off', { amount: 100 })] }], {
    window: { firstDay: '2026-10-01', lastDay: '2026-10-31' },
  }),
];
const compiled = documents.map((document) => engine.compile(document));

describe('a prepared campaign set answers as the plain list does', () => {
  const set = engine.prepare(compiled);
  const contexts = [
    order('vip', [20000, 5000, 15000]),
    order('ordinary', [20000, 5000, 15000]),
    order('ordinary', [1000]),
    order('key', [40000, 100], { channel: 'store' }),
  ];

  it.each(contexts.map((context, index) => [index, context] as const))(
    'context %i, with and without explanations, twice (the second from the bucket)',
    (_index, context) => {
      for (const explain of [true, false]) {
        const plain = engine.evaluate(compiled, context, { explain });
        expect(engine.evaluate(set, context, { explain })).toEqual(plain);
        expect(engine.evaluate(set, context, { explain })).toEqual(plain);
      }
    },
  );

  it('the food ladder and every-full share one line set and see each other’s reductions', () => {
    // food lines 200.00 + 150.00 = 350.00: the 300 tier takes 40.00 (310.00 left on food),
    // then every full 50.00 of 310.00 takes 3.00 six times: 18.00.
    const result = engine.evaluate(set, order('ordinary', [20000, 5000, 15000]));

    expect(result.benefits.map((b) => [b.campaignId, b.amount])).toEqual([
      ['food-ladder', 4000],
      ['every-food', 1800],
    ]);
    expect(result.payable).toBe(40000 - 4000 - 1800);
  });

  it('reports a tier-gated campaign like one whose rules were tried', () => {
    const outcome = engine
      .evaluate(set, order('ordinary', [20000]))
      .campaigns.find((c) => c.campaignId === 'vip-only');

    expect(outcome).toEqual({
      campaignId: 'vip-only',
      campaignVersion: 1,
      name: { 'zh-CN': 'vip-only', en: 'vip-only' },
      status: 'not-applied',
      rules: [
        {
          ruleId: 'vip',
          status: 'not-met',
          reason: {
            path: '/rules/0/when/all/0',
            block: 'core.customer-tier',
            message: {
              'zh-CN': '会员等级 ordinary 不在 vip 之中',
              en: 'tier ordinary is not one of vip',
            },
            expected: 'vip',
            actual: 'ordinary',
          },
        },
      ],
      reason: {
        path: '/rules/0/when/all/0',
        block: 'core.customer-tier',
        message: {
          'zh-CN': '会员等级 ordinary 不在 vip 之中',
          en: 'tier ordinary is not one of vip',
        },
        expected: 'vip',
        actual: 'ordinary',
      },
    });
  });

  it('shares the outcome of a campaign out of scope between results, frozen', () => {
    const first = engine.evaluate(set, order('ordinary', [100]));
    const second = engine.evaluate(set, order('ordinary', [200]));
    const october = (result: typeof first) =>
      result.campaigns.find((c) => c.campaignId === 'october');

    expect(october(first)).toBe(october(second));
    expect(october(first)?.reason?.message.en).toBe(
      "the order's time is outside the campaign window 2026-10-01 – 2026-10-31",
    );
    expect(Object.isFrozen(october(first))).toBe(true);
  });
});

describe('explanations only when asked', () => {
  let built = 0;
  const never = defineBlock<Record<string, never>>({
    id: 'counting.never',
    kind: 'condition',
    label: { 'zh-CN': '从不', en: 'Never' },
    description: { 'zh-CN': '从不成立', en: 'Never holds' },
    paramsSchema: { type: 'object', additionalProperties: false },
    examples: [{}],
    compile: () => () => ({
      passed: false,
      explain: () => {
        built += 1;
        return { message: { 'zh-CN': '不成立', en: 'does not hold' }, actual: 'no' };
      },
    }),
  });
  const counting = definePlugin({
    id: 'counting',
    name: { 'zh-CN': '计数', en: 'Counting' },
    description: { 'zh-CN': '测试', en: 'Test' },
    version: '1.0.0',
    engine: '^0.1.0',
    blocks: [never],
    templates: [],
    samples: [],
  });
  const { registry } = loadPlugins([
    { source: 'core', module: core },
    { source: 'counting', module: counting },
  ]);
  const withNever = registry.engine.compile(
    campaign('never', [
      { id: 'a', when: use('counting.never', {}), then: [use('core.amount-off', { amount: 1 })] },
      {
        id: 'b',
        when: { any: [use('counting.never', {}), use('counting.never', {})] },
        then: [use('core.amount-off', { amount: 1 })],
      },
    ]),
  );

  it('builds no message with explain: false, and each one once with explanations', () => {
    registry.engine.evaluate([withNever], order('vip', [1000]), { explain: false });
    expect(built).toBe(0);

    const result = registry.engine.evaluate([withNever], order('vip', [1000]));
    expect(built).toBe(3);
    expect(result.campaigns[0]?.rules[0]?.reason).toEqual({
      path: '/rules/0/when',
      block: 'counting.never',
      message: { 'zh-CN': '不成立', en: 'does not hold' },
      actual: 'no',
    });
    expect(result.campaigns[0]?.rules[1]?.reason?.children).toHaveLength(2);
  });
});

describe('a context the caller validated', () => {
  it('is not checked again with validated: true, and is checked otherwise', () => {
    // Two lines with one id: validation refuses it; the caller vouching for it skips that.
    const twice = order('vip', [1000, 1000]);
    twice.lines[1] = { ...twice.lines[0]! };

    expect(() => engine.evaluate(compiled, twice)).toThrow(/INVALID_CONTEXT|used twice/);
    expect(() => engine.evaluate(compiled, twice, { validated: true })).not.toThrow();
  });
});
