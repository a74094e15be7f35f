import { describe, expect, it } from 'vitest';
import { event, rewards, runTemplate } from './support.js';

const APRIL = '2026-04-10T10:00:00+08:00';

function deposit(amount: number, termMonths: number, tier?: string, newFunds = true) {
  const context = event(
    APRIL,
    { type: 'deposit', amount, termMonths, newFunds },
    { customer: { id: 'c', ...(tier !== undefined && { tier }) } },
  );

  return runTemplate('deposit-campaign', context);
}

describe('B2 deposit campaign: ≥ 50,000 held 3 months → a gift; platinum+ → +0.2 pp, lane', () => {
  it('a gold customer depositing 50,000.00 for 3 months → the 200.00 gift only', () => {
    expect(rewards(deposit(5000000, 3, 'gold'))).toEqual({ 'bank.gift.rice-cooker': 20000 });
  });

  it('a platinum customer with 100,000.00 for 3 months → gift, 50.00 extra interest, lane', () => {
    const result = deposit(10000000, 3, 'platinum');

    expect(rewards(result)).toEqual({
      'bank.gift.rice-cooker': 20000,
      'bank.bonus-rate': 5000,
      'bank.priority-lane': 0,
    });
    const rate = result.benefits.find((benefit) => benefit.reward?.item === 'bank.bonus-rate');
    expect(rate?.reward?.details).toMatchObject({ basisPoints: 20, product: 'wealth-90d' });
  });

  it('private banking with 1,234,567.89 for 6 months → 1,234.57 extra (half-up)', () => {
    expect(rewards(deposit(123456789, 6, 'private'))['bank.bonus-rate']).toBe(123457);
  });

  it('49,999.99, 2 months, or money moved from another account → nothing', () => {
    expect(deposit(4999999, 3, 'platinum').benefits).toEqual([]);
    expect(deposit(5000000, 2, 'platinum').benefits).toEqual([]);
    expect(deposit(5000000, 3, 'platinum', false).benefits).toEqual([]);
  });
});
