import { defineBlock, definePlugin, loadPlugins } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import core from '../src/index.js';
import { campaign, engine, use } from './support.js';

const NOV_11 = '2026-11-11T12:00:00+08:00';
const context = (amounts: number[], extra: Record<string, unknown> = {}) => ({
  instant: NOV_11,
  customer: { id: 'c1', tier: 'ordinary' },
  lines: amounts.map((unitPrice, i) => ({
    id: `l${i + 1}`,
    sku: `s${i + 1}`,
    unitPrice,
    quantity: 1,
  })),
  ...extra,
});
const tier = (min: number, amount: number) => ({
  id: `tier-${min / 100}`,
  when: use('core.order-amount', { min }),
  then: [use('core.amount-off', { amount })],
});
const evaluate = (documents: unknown[], ctx: unknown) =>
  engine.evaluate(
    documents.map((document) => engine.compile(document)),
    ctx,
  );

describe('stages and priority: each campaign works on the running amount', () => {
  it('R4 (priority 1) then E1 on 650.00: 100 off → 550 → the 399 tier takes 50: 150.00 off', () => {
    const r4 = campaign('r4', [tier(30000, 10000)], { stacking: { priority: 1 } });
    const e1 = campaign('e1', [tier(19900, 2000), tier(39900, 5000), tier(59900, 10000)], {
      ruleSelection: 'best',
      stacking: { priority: 50 },
    });
    const result = evaluate([e1, r4], context([65000]));

    expect(result.discount).toBe(15000);
    expect(result.payable).toBe(50000);
    expect(result.benefits.map((b) => [b.campaignId, b.ruleId, b.amount])).toEqual([
      ['r4', 'tier-300', 10000],
      ['e1', 'tier-399', 5000],
    ]);
    const e1Outcome = result.campaigns.find((c) => c.campaignId === 'e1');
    expect(e1Outcome?.rules.find((r) => r.ruleId === 'tier-599')?.reason?.message.en).toBe(
      'eligible amount ¥550.00 < ¥599.00',
    );
  });

  it('line changes come before order reductions, whatever the priorities', () => {
    const reduction = campaign('a-order', [tier(10000, 1000)], { stacking: { priority: 1 } });
    const percent = campaign(
      'z-line',
      [{ id: 'quarter', then: [use('core.line-percent-off', { percentOff: 25 })] }],
      { stacking: { priority: 99 } },
    );
    // 120.00 → 25% off the line (30.00) → 90.00, under the 100 threshold.
    const result = evaluate([reduction, percent], context([12000]));

    expect(result.subtotalAfterLineChanges).toBe(9000);
    expect(result.discount).toBe(3000);
    expect(result.campaigns.find((c) => c.campaignId === 'a-order')?.status).toBe('not-applied');
  });

  it('a line percentage rounds half-up per line: 25% of 19.99 is 5.00', () => {
    const percent = campaign('p', [
      { id: 'quarter', then: [use('core.line-percent-off', { percentOff: 25 })] },
    ]);
    const result = evaluate([percent], context([1999, 1999]));

    expect(result.lines.map((line) => line.lineDiscount)).toEqual([500, 500]);
  });

  it('an order percentage rounds once on the total, then spreads', () => {
    const percent = campaign('p', [
      { id: 'twelve', then: [use('core.order-percent-off', { percentOff: 12 })] },
    ]);
    // 12% of 59.97 = 7.1964 → 7.20, spread over three 19.99 lines as 2.40 each.
    const result = evaluate([percent], context([1999, 1999, 1999]));

    expect(result.discount).toBe(720);
    expect(result.lines.map((line) => line.orderDiscount)).toEqual([240, 240, 240]);
  });

  it('clamps a reduction to what is left: never a negative line or order', () => {
    const big = campaign('big', [{ id: 'r', then: [use('core.amount-off', { amount: 10000 })] }]);
    const result = evaluate([big], context([3000, 1000]));

    expect(result.discount).toBe(4000);
    expect(result.payable).toBe(0);
    expect(result.lines.map((line) => line.payable)).toEqual([0, 0]);
  });

  it('每满减: every full 300 takes 100, 650 → 200 off; a cap limits it', () => {
    const every = (maxTimes?: number) =>
      campaign('r4-every', [
        {
          id: 'every',
          then: [use('core.every-full-amount-off', { every: 30000, amount: 10000, maxTimes })],
        },
      ]);

    expect(evaluate([every()], context([65000])).discount).toBe(20000);
    expect(evaluate([every(1)], context([65000])).discount).toBe(10000);
  });
});

describe('best for the customer among exclusive offers', () => {
  const offer = (id: string, amount: number, coupon?: string) =>
    campaign(
      id,
      [
        {
          id: 'r',
          ...(coupon && { when: use('core.coupon-held', { coupon }) }),
          then: [use('core.amount-off', { amount })],
        },
      ],
      { stacking: { exclusiveGroup: 'one-coupon' } },
    );

  it('applies the one worth most after clamping, and says which lost and why', () => {
    // 40.00 order: 50 off clamps to 40, still more than 30.
    const result = evaluate([offer('a-30', 3000), offer('b-50', 5000)], context([4000]));

    expect(result.discount).toBe(4000);
    const lost = result.campaigns.find((c) => c.campaignId === 'a-30');
    expect(lost?.status).toBe('lost');
    expect(lost?.lostTo).toBe('b-50');
    expect(lost?.reason?.message.en).toBe('excluded by b-50, which is worth more to the customer');
  });

  it('equal after clamping: the coupon that expires sooner wins, then the id', () => {
    const coupons = [
      { id: 'late', coupon: 'late', expiresAt: '2026-11-30T00:00:00+08:00' },
      { id: 'soon', coupon: 'soon', expiresAt: '2026-11-20T00:00:00+08:00' },
    ];
    const result = evaluate(
      [offer('a-late', 5000, 'late'), offer('b-soon', 5000, 'soon')],
      context([20000], { coupons }),
    );
    expect(result.benefits.map((b) => b.campaignId)).toEqual(['b-soon']);
    expect(result.benefits[0]?.couponsUsed).toEqual(['soon']);

    const noExpiry = evaluate([offer('b', 5000), offer('a', 5000)], context([20000]));
    expect(noExpiry.benefits.map((b) => b.campaignId)).toEqual(['a']);
    const loser = noExpiry.campaigns.find((c) => c.campaignId === 'b');
    expect(loser?.reason?.message.en).toBe(
      'excluded by a, worth as much: it expires sooner or comes first by id',
    );
    expect([loser?.reason?.expected, loser?.reason?.actual]).toEqual(['= 50.00', '50.00']);
  });

  it('campaigns outside the group still stack', () => {
    const free = campaign('free', [{ id: 'r', then: [use('core.amount-off', { amount: 100 })] }]);
    const result = evaluate([offer('a', 3000), offer('b', 5000), free], context([20000]));

    expect(result.discount).toBe(5100);
  });
});

describe('explanations of conditions', () => {
  it('an any group lists every alternative that failed', () => {
    const either = campaign('either', [
      {
        id: 'r',
        when: {
          any: [
            use('core.customer-tier', { tiers: ['vip'] }),
            use('core.order-amount', { min: 100000 }),
          ],
        },
        then: [use('core.amount-off', { amount: 100 })],
      },
    ]);
    const reason = evaluate([either], context([5000])).campaigns[0]?.reason;

    expect(reason?.path).toBe('/rules/0/when');
    expect(reason?.children?.map((child) => child.message.en)).toEqual([
      'tier ordinary is not one of vip',
      'eligible amount ¥50.00 < ¥1000.00',
    ]);
  });

  it('the first failing block in document order is reported', () => {
    const both = campaign('both', [
      {
        id: 'r',
        when: {
          all: [
            use('core.order-amount', { min: 100000 }),
            use('core.customer-tier', { tiers: ['vip'] }),
          ],
        },
        then: [use('core.amount-off', { amount: 100 })],
      },
    ]);
    const reason = evaluate([both], context([5000])).campaigns[0]?.reason;

    expect(reason).toMatchObject({ path: '/rules/0/when/all/0', block: 'core.order-amount' });
  });

  it('not excludes', () => {
    const notVip = campaign('not-vip', [
      {
        id: 'r',
        when: { not: use('core.customer-tier', { tiers: ['ordinary'] }) },
        then: [use('core.amount-off', { amount: 100 })],
      },
    ]);

    expect(evaluate([notVip], context([5000])).discount).toBe(0);
    const vip = context([5000], { customer: { tier: 'vip' } });
    expect(evaluate([notVip], vip).discount).toBe(100);
  });
});

describe('a block that throws', () => {
  const broken = defineBlock<Record<string, never>>({
    id: 'faulty.explodes',
    kind: 'condition',
    label: { 'zh-CN': '故障', en: 'Faulty' },
    description: { 'zh-CN': '总是出错', en: 'Always throws' },
    paramsSchema: { type: 'object', additionalProperties: false },
    examples: [{}],
    compile: () => () => {
      throw new Error('division by zero');
    },
  });
  const faulty = definePlugin({
    id: 'faulty',
    name: { 'zh-CN': '故障', en: 'Faulty' },
    description: { 'zh-CN': '测试', en: 'Test' },
    version: '1.0.0',
    engine: '^0.1.0',
    blocks: [broken],
    templates: [],
    samples: [],
  });

  it('fails its campaign closed and leaves the others working', () => {
    const { registry } = loadPlugins([
      { source: 'core', module: core },
      { source: 'faulty', module: faulty },
    ]);
    const bad = campaign('bad', [
      {
        id: 'r',
        when: use('faulty.explodes', {}),
        then: [use('core.amount-off', { amount: 500 })],
      },
    ]);
    const good = campaign('good', [{ id: 'r', then: [use('core.amount-off', { amount: 100 })] }]);
    const result = registry.engine.evaluate(
      [registry.engine.compile(bad), registry.engine.compile(good)],
      context([5000]),
    );

    expect(result.discount).toBe(100);
    const outcome = result.campaigns.find((c) => c.campaignId === 'bad');
    expect(outcome?.status).toBe('error');
    expect(outcome?.reason?.message.en).toBe(
      'evaluation failed, no further benefit given: division by zero',
    );
  });
});

describe('a rule whose benefits all give nothing', () => {
  it('is not applied, even when one of them waits for a later stage', () => {
    const rule = {
      id: 'r',
      then: [
        use('core.every-full-amount-off', { every: 100000, amount: 1000 }),
        use('core.use-vouchers', { kinds: ['k'], per: 10000, allowance: 1000 }),
      ],
    };
    const result = evaluate([campaign('nothing', [rule])], context([5000]));
    const [outcome] = result.campaigns;

    expect(result.benefits).toEqual([]);
    expect(outcome?.status).toBe('not-applied');
    expect(outcome?.rules[0]?.status).toBe('not-met');
    expect(outcome?.reason?.message.en).toBe('eligible amount ¥50.00 < ¥1000.00');
  });
});
