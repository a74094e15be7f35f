import { describe, expect, it } from 'vitest';
import { event, rewards, runTemplate } from './support.js';

const JULY = '2026-07-15T10:00:00+08:00';

function recharge(amount: number, tenureMonths: number, monthlySpend: number) {
  const context = event(JULY, {
    type: 'recharge',
    amount,
    newUser: false,
    tenureMonths,
    monthlySpend,
  });

  return runTemplate('loyalty-retention', context);
}

describe('T2 keep big customers: tenure ≥ 36 months and monthly spend ≥ 300 → 20% extra', () => {
  it('recharge 100.00 at 36 months and 300.00 a month → 20.00 credit and dedicated service', () => {
    const result = recharge(10000, 36, 30000);

    expect(rewards(result)).toEqual({
      'telecom.bonus-credit': 2000,
      'telecom.dedicated-service': 0,
    });
    expect(result.campaigns[0]?.rules.map((rule) => rule.status)).toEqual(['applied', 'lost']);
  });

  it('rounds half-up once: 20% of 123.45 → 24.69', () => {
    expect(rewards(recharge(12345, 40, 35000))['telecom.bonus-credit']).toBe(2469);
  });

  it('35 months falls to the loyal segment: 10% → 10.00, no dedicated service', () => {
    expect(rewards(recharge(10000, 35, 30000))).toEqual({ 'telecom.bonus-credit': 1000 });
  });

  it('299.99 a month at 40 months → loyal segment, 10%', () => {
    expect(rewards(recharge(10000, 40, 29999))).toEqual({ 'telecom.bonus-credit': 1000 });
  });

  it('23 months → nothing, and the big segment says why', () => {
    const result = recharge(10000, 23, 50000);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.rules[0]?.reason?.message.en).toBe('tenure 23 months < 36');
  });
});
