import { describe, expect, it } from 'vitest';
import { CELEBRATION_BUDGET, estimateRetailBudget, type AddOnOffer } from '../src/index.js';
import type { Prize } from '../src/generated/scratch-card.js';
import { registry } from './support.js';

describe('R12 campaign budget: plan, estimates from the rules, and what is over', () => {
  const table = estimateRetailBudget(CELEBRATION_BUDGET, {
    prizes: registry.template('retail.scratch-cards')?.defaults.prizes as Prize[],
    addOns: registry.template('retail.sweet-add-ons')?.defaults.offers as AddOnOffer[],
  });

  it('totals 15,500; merchants carry 7,000; the store’s own share is 8,500', () => {
    expect(table.planned).toBe(1550000);
    expect(table.merchantsCarry).toBe(700000);
    expect(table.ownShare).toBe(850000);
  });

  it('puts the estimates beside their lines: prizes 6,293, add-ons 2,160 (over its 1,500)', () => {
    expect(
      table.rows.map(({ id, planned, estimate, over }) => ({ id, planned, estimate, over })),
    ).toEqual([
      { id: 'scratch-cards', planned: 100000, estimate: undefined, over: false },
      { id: 'prizes', planned: 800000, estimate: 629300, over: false },
      { id: 'add-ons', planned: 150000, estimate: 216000, over: true },
      { id: 'ads', planned: 500000, estimate: undefined, over: false },
    ]);
  });

  it('without rules to estimate from, lines carry no estimate and none is over', () => {
    const bare = estimateRetailBudget(CELEBRATION_BUDGET, {});

    expect(bare.rows.every((row) => row.estimate === undefined && !row.over)).toBe(true);
  });
});
