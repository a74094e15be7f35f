import { describe, expect, it } from 'vitest';
import { event, registry, rewards, runTemplate } from './support.js';

const JULY = '2026-07-15T10:00:00+08:00';
const SCENARIO = { existingBonus: 3000, newUserBonus: 3000 };

function lint(params: Record<string, unknown>) {
  const document = registry.instantiate('telecom.recharge-bonus', params, { campaignId: 't1' });

  return registry.lint(document);
}

describe('T1 recharge bonus for existing users and new SIMs', () => {
  it('an existing user recharging 100.00 gets 30.00 bonus credit', () => {
    const context = event(JULY, { type: 'recharge', amount: 10000, newUser: false });
    const result = runTemplate('recharge-bonus', context, SCENARIO);

    expect(rewards(result)).toEqual({ 'telecom.bonus-credit': 3000 });
    expect(result.payable).toBe(0);
  });

  it('99.99 earns nothing, and the reason reads in yuan', () => {
    const context = event(JULY, { type: 'recharge', amount: 9999, newUser: false });
    const result = runTemplate('recharge-bonus', context, SCENARIO);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.rules[0]?.reason?.message.en).toBe('amount ¥99.99 < ¥100.00');
  });

  it('a new SIM with 100.00 preloaded gets 30.00 and the channel earns its 50.00 subsidy', () => {
    const context = event(
      JULY,
      { type: 'account.open', amount: 10000, newUser: true },
      { channel: 'agent-shop-021' },
    );
    const result = runTemplate('recharge-bonus', context, { ...SCENARIO, channelSubsidy: 5000 });

    expect(rewards(result)).toEqual({
      'telecom.bonus-credit': 3000,
      'telecom.activation-subsidy': 5000,
    });
    const subsidy = result.benefits.find((b) => b.reward?.item === 'telecom.activation-subsidy');
    expect(subsidy?.reward?.details).toEqual({ channel: 'agent-shop-021' });
  });

  it('a new user recharging is not an existing user: no existing-user bonus', () => {
    const context = event(JULY, { type: 'recharge', amount: 10000, newUser: true });

    expect(runTemplate('recharge-bonus', context, SCENARIO).benefits).toEqual([]);
  });
});

describe('T1 lint: a new account must not be worth more than an existing recharge', () => {
  it('new 30 + subsidy 50 vs existing 30 → a warning with both values', () => {
    const warnings = lint({ ...SCENARIO, channelSubsidy: 5000 });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'telecom.recharge-fairness',
      path: '/rules/1',
      newUserValue: 8000,
      existingUserValue: 3000,
    });
    expect(warnings[0]?.message.en).toBe(
      'a new account is worth ¥80.00 (bonus ¥30.00 + channel subsidy ¥50.00), more than an ' +
        "existing user's ¥30.00: existing users may cancel and re-register",
    );
    expect(warnings[0]?.message['zh-CN']).toContain('¥80.00');
    expect(warnings[0]?.message['zh-CN']).toContain('¥30.00');
  });

  it('new 30 + no subsidy vs existing 30 → no warning', () => {
    expect(lint({ ...SCENARIO, channelSubsidy: 0 })).toEqual([]);
  });

  it('the defaults are fair: new 20 + subsidy 10 = existing 30', () => {
    expect(lint({})).toEqual([]);
    expect(lint({ channelSubsidy: 1001 })[0]).toMatchObject({ newUserValue: 3001 });
  });
});
