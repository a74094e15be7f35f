import { describe, expect, it } from 'vitest';
import type { EvaluationContext } from '@campaign-studio/sdk';
import { tierBySpend } from '../src/index.js';
import { campaign, engine, use } from './support.js';

const LADDER = [
  { tier: 'vip', min: 5_000_000 },
  { tier: 'key', min: 1_000_000 },
];
const offer = (tier: string, percent: number) => ({
  id: `${tier}-offer`,
  when: use('core.tier-by-spend', { ladder: LADDER, otherwise: 'ordinary', accept: [tier] }),
  then: [use('core.order-percent-off', { percentOff: percent })],
});
const tiered = engine.compile(
  campaign('v2', [offer('vip', 10), offer('key', 5)], { ruleSelection: 'best' }),
);
const at = (rolling12mSpend: unknown, tier = 'ordinary'): EvaluationContext => ({
  instant: '2026-11-11T12:00:00+08:00',
  customer: { id: 'c-1', tier },
  lines: [{ id: 'l1', sku: 's', unitPrice: 100000, quantity: 1 }],
  event: { type: 'order', rolling12mSpend },
});

describe('V2 dynamic tiers by rolling 12-month spend', () => {
  it.each([
    [5_000_000, 'vip'],
    [4_999_999, 'key'],
    [1_000_000, 'key'],
    [999_999, 'ordinary'],
    [0, 'ordinary'],
  ])('%i fen → %s', (spend, tier) => {
    expect(tierBySpend(spend, LADDER, 'ordinary')).toBe(tier);
  });

  it('offers follow the new tier at once, whatever tier is stored', () => {
    expect(engine.evaluate([tiered], at(5_000_000, 'ordinary')).discount).toBe(10000);
    expect(engine.evaluate([tiered], at(1_200_000, 'vip')).discount).toBe(5000);
    expect(engine.evaluate([tiered], at(300_000, 'vip')).discount).toBe(0);
  });

  it('says which tier the spend makes, and what the ledger must send when it is missing', () => {
    const [campaignOutcome] = engine.evaluate([tiered], at(300_000)).campaigns;
    expect(campaignOutcome?.rules[0]?.reason?.message.en).toBe(
      'rolling spend ¥3000.00 makes tier ordinary, not one of vip',
    );

    const missing = engine.evaluate([tiered], at(undefined)).campaigns[0];
    expect(missing?.rules[0]?.reason?.message.en).toBe(
      'the event has no spend rolling12mSpend (integer fen) to work out the tier from',
    );
  });
});
