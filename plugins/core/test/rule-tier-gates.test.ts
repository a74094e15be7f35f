import { describe, expect, it } from 'vitest';
import { campaign, engine, use } from './support.js';

const order = (tier: string, unitPrice: number) => ({
  instant: '2026-11-11T12:00:00+08:00',
  customer: { id: 'c1', tier },
  lines: [{ id: 'l1', sku: 's1', unitPrice, quantity: 1, category: 'food' }],
});
const tierRule = (id: string, tier: string, min: number, amount: number) => ({
  id,
  when: {
    all: [use('core.customer-tier', { tiers: [tier] }), use('core.order-amount', { min })],
  },
  then: [use('core.amount-off', { amount })],
});
// V1-style steps: one rule per tier, each applied on what the one before left.
const steps = engine.compile(
  campaign('tier-steps', [
    tierRule('vip-step', 'vip', 10000, 2000),
    tierRule('ordinary-step', 'ordinary', 10000, 500),
  ]),
);
// Only the best rule applies: the vip rule would be worth more, but its gate shuts it out.
const ladder = engine.compile(
  campaign(
    'tier-ladder',
    [tierRule('vip', 'vip', 5000, 3000), tierRule('all', 'ordinary', 5000, 800)],
    {
      ruleSelection: 'best',
    },
  ),
);
const compiled = [steps, ladder];
const set = engine.prepare(compiled);

describe('a rule that fails its tier gate is not run, and reads as if it had been', () => {
  it('the other rules of the campaign still apply, to the fen', () => {
    const result = engine.evaluate(set, order('ordinary', 20000));

    expect(result.benefits.map((b) => [b.campaignId, b.ruleId, b.amount])).toEqual([
      // Same priority: by id.
      ['tier-ladder', 'all', 800],
      ['tier-steps', 'ordinary-step', 500],
    ]);
    expect(result.payable).toBe(20000 - 500 - 800);
  });

  it('its outcome names the tier, as the condition would have', () => {
    const { campaigns } = engine.evaluate(set, order('ordinary', 20000));
    const outcome = campaigns.find((each) => each.campaignId === 'tier-steps');

    expect(outcome?.status).toBe('applied');
    expect(outcome?.rules[0]).toEqual({
      ruleId: 'vip-step',
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
    });
    expect(outcome?.rules[1]).toEqual({ ruleId: 'ordinary-step', status: 'applied', value: 500 });
  });

  it('its outcome is one frozen object shared by the results of the same tier', () => {
    const stepsOf = (amount: number) =>
      engine
        .evaluate(set, order('ordinary', amount))
        .campaigns.find((c) => c.campaignId === 'tier-steps');
    const first = stepsOf(20000)?.rules[0];
    const second = stepsOf(12000)?.rules[0];

    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it.each([
    ['vip', 20000],
    ['ordinary', 20000],
    ['ordinary', 6000],
    ['key', 20000],
  ])('a %s order of %i fen gets what the unprepared list gives', (tier, amount) => {
    for (const explain of [true, false]) {
      const plain = engine.evaluate(compiled, order(tier, amount), { explain });
      expect(engine.evaluate(set, order(tier, amount), { explain })).toEqual(plain);
    }
  });

  it('a vip gets the vip rules: 30.00 off the ladder, then 20.00 off the steps', () => {
    const result = engine.evaluate(set, order('vip', 20000));

    expect(result.benefits.map((b) => [b.ruleId, b.amount])).toEqual([
      ['vip', 3000],
      ['vip-step', 2000],
    ]);
    expect(result.payable).toBe(15000);
  });
});
