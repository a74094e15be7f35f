import { describe, expect, it } from 'vitest';
import { event, rewards, runTemplate } from './support.js';

const MAY = '2026-05-20T15:00:00+08:00';

function topUp(amount: number) {
  return runTemplate('stored-value-card', event(MAY, { type: 'stored-value.recharge', amount }));
}

describe('H1 stored-value card: ≥ 1,000 → +100, ≥ 3,000 → +500, the highest tier once', () => {
  it.each([
    [99999, undefined],
    [100000, 10000],
    [299999, 10000],
    [300000, 50000],
    [800000, 50000],
  ])('top-up %i fen → bonus %s fen', (amount, bonus) => {
    const result = topUp(amount);

    expect(rewards(result)['hotel.stored-value-bonus']).toBe(bonus);
    expect(result.benefits.length).toBe(bonus === undefined ? 0 : 1);
  });

  it('at 3,000 the 100 tier loses to the 500 tier', () => {
    const rules = topUp(300000).campaigns[0]?.rules ?? [];

    expect(rules.map((rule) => [rule.ruleId, rule.status, rule.value])).toEqual([
      ['tier-100000', 'lost', 10000],
      ['tier-300000', 'applied', 50000],
    ]);
  });

  it('999.99 says how far it is from 1,000.00', () => {
    const reason = topUp(99999).campaigns[0]?.rules[0]?.reason;

    expect(reason?.message.en).toBe('amount ¥999.99 < ¥1000.00');
  });

  it('an order is not a top-up', () => {
    expect(runTemplate('stored-value-card', event(MAY, { type: 'order' })).benefits).toEqual([]);
  });
});
