import { describe, expect, it } from 'vitest';
import { addOnNetCost, type AddOnOffer } from '../src/index.js';
import { receipt, registry, runTemplate, runTemplates } from './support.js';

const ON_11_NOV = '2026-11-11T19:00:00+08:00';
// Shelf prices of the add-on sets (ours): the campaign brings them down to the add-on price.
const LOLLIPOPS = { sku: 'lollipop-set', unitPrice: 600, attributes: { addOn: 'lollipops' } };
const CHOCOLATE = { sku: 'chocolate-set', unitPrice: 7800, attributes: { addOn: 'chocolate' } };
const addOns = (goods: number, ...sets: (typeof LOLLIPOPS)[]) =>
  runTemplate('sweet-add-ons', receipt(ON_11_NOV, [{ unitPrice: goods }, ...sets]));

describe('R11 sweet add-ons: 1 more for lollipops at ≥ 11, 11 more for chocolate at ≥ 111', () => {
  it('net cost at full uptake: 800 + 2,000 − 200 − 440 = 2,160.00', () => {
    const offers = registry.template('retail.sweet-add-ons')?.defaults.offers as AddOnOffer[];

    expect(addOnNetCost(offers)).toBe(216000);
  });

  it('a receipt of 120.00 takes both: the add-on lines cost 1.00 and 11.00', () => {
    const result = addOns(12000, LOLLIPOPS, CHOCOLATE);

    expect(result.lines.map((line) => line.payable)).toEqual([12000, 100, 1100]);
    expect(result.payable).toBe(13200);
  });

  it('11.00 of goods earns the lollipops but not the chocolate', () => {
    const result = addOns(1100, LOLLIPOPS, CHOCOLATE);

    expect(result.lines.map((line) => line.payable)).toEqual([1100, 100, 7800]);
  });

  it('add-on payments count toward no threshold: 110 of goods + 1 of lollipops is not 111', () => {
    const result = addOns(11000, LOLLIPOPS, CHOCOLATE);

    expect(result.lines.map((line) => line.payable)).toEqual([11000, 100, 7800]);
    const chocolate = result.campaigns[0]?.rules.find((r) => r.ruleId === 'add-on-chocolate');
    expect(chocolate?.reason?.message.en).toBe('receipt amount ¥110.00 < ¥111.00');
  });

  it('10.99 of goods earns no add-on: the set stays at its shelf price', () => {
    expect(addOns(1099, LOLLIPOPS).lines.map((line) => line.payable)).toEqual([1099, 600]);
  });

  it('one set per receipt: a second set of lollipops pays the shelf price', () => {
    const result = addOns(5000, { ...LOLLIPOPS, quantity: 2 } as typeof LOLLIPOPS);

    expect(result.lines[1]?.payable).toBe(700);
  });

  it('add-on lines count toward no other campaign either: not toward the R4 300 threshold', () => {
    const context = receipt(ON_11_NOV, [{ unitPrice: 29900 }, { ...CHOCOLATE, unitPrice: 1100 }]);
    const result = runTemplates(['store-wide-reduction'], context);

    expect(result.discount).toBe(0);
  });
});
