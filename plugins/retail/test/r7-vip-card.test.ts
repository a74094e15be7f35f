import { describe, expect, it } from 'vitest';
import { receipt, registry, runTemplate } from './support.js';

const ON_11_NOV = '2026-11-11T18:00:00+08:00';
const MALL = { vipMin: 50000, diamondMin: 500000 };

/** The card one receipt earns, given what the customer paid earlier that day. */
function card(paid: number, paidToday = 0, params: Record<string, unknown> = {}) {
  const context = receipt(ON_11_NOV, [{ unitPrice: paid }], { customer: { id: 'c', paidToday } });
  const result = runTemplate('vip-card-ladder', context, params);

  return result.benefits.map((benefit) => benefit.reward?.item);
}

/** What a branch may set, as the template's bounds say (the check the server will run). */
function withinBounds(params: Record<string, number>): boolean {
  const bounds = registry.template('retail.vip-card-ladder')?.bounds ?? {};

  return Object.entries(params).every(([name, value]) => {
    const bound = bounds[name];
    if (!bound || bound.mode === 'free') return true;
    if (bound.mode === 'locked') return false;
    return (
      (bound.min === undefined || value >= bound.min) &&
      (bound.max === undefined || value <= bound.max)
    );
  });
}

describe('R7 VIP card by single-day spend: ≥ 50 VIP, ≥ 500 diamond', () => {
  it('orders of 30 and 25 the same day → VIP with the second (55)', () => {
    expect(card(3000, 0)).toEqual([]);
    expect(card(2500, 3000)).toEqual(['retail.card.vip']);
  });

  it('499.99 → VIP, not diamond; one more 0.01 that day → diamond', () => {
    expect(card(49999)).toEqual(['retail.card.vip']);
    expect(card(1, 49999)).toEqual(['retail.card.diamond']);
  });

  it('grants nothing again once the level is reached', () => {
    expect(card(1000, 6000)).toEqual([]);
    expect(card(1000, 60000)).toEqual([]);
  });

  it('explains the shortfall: 30.00 is under the 50.00 of the VIP card', () => {
    const context = receipt(ON_11_NOV, [{ unitPrice: 3000 }]);
    const reason = runTemplate('vip-card-ladder', context).campaigns[0]?.reason;

    expect(reason?.message.en).toBe("day's spend ¥30.00 < ¥50.00 for the VIP card");
  });

  it('a mall branch uses 500 / 5,000 with the same template', () => {
    expect(card(49999, 0, MALL)).toEqual([]);
    expect(card(50000, 0, MALL)).toEqual(['retail.card.vip']);
    expect(card(100000, 450000, MALL)).toEqual(['retail.card.diamond']);
  });

  it('HQ floors are bounds: 50 / 500 and 500 / 5,000 are allowed, 49 is refused', () => {
    expect(registry.template('retail.vip-card-ladder')?.bounds).toMatchObject({
      vipMin: { mode: 'bounded', min: 5000 },
      diamondMin: { mode: 'bounded', min: 50000 },
    });
    expect(withinBounds({ vipMin: 5000, diamondMin: 50000 })).toBe(true);
    expect(withinBounds(MALL)).toBe(true);
    expect(withinBounds({ vipMin: 4900 })).toBe(false);
  });
});
