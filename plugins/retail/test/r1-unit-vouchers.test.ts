import type { OrderLine } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { receipt, registry, rewarded, rewardValue, runTemplate } from './support.js';

const compile = (id: string, params: Record<string, unknown> = {}) =>
  registry.engine.compile(registry.instantiate(`retail.${id}`, params, { campaignId: id }));

const NATIONAL_DAY = '2026-10-02T15:00:00+08:00';
const TV: Partial<OrderLine> = { sku: 'tv-55', unitPrice: 329900, category: 'tv' };
const LAPTOP: Partial<OrderLine> = { sku: 'laptop', unitPrice: 599900, category: 'computer' };
const FRIDGE: Partial<OrderLine> = { sku: 'fridge', unitPrice: 99900, category: 'fridge' };
const SPECIAL_AC: Partial<OrderLine> = {
  sku: 'ac',
  unitPrice: 299900,
  category: 'air-conditioner',
  specialPrice: true,
};
const r1 = (lines: Partial<OrderLine>[]) =>
  runTemplate('spend-thousand-return-hundred', receipt(NATIONAL_DAY, lines));

describe('R1 满千返百: every full 1,000 of a unit returns 100 (3C: 50), special-price excluded', () => {
  it.each([
    ['TV 3,299.00', [TV], 30000],
    ['two such TVs', [{ ...TV, quantity: 2 }], 60000],
    ['laptop 5,999.00', [LAPTOP], 25000],
    ['fridge 999.00', [FRIDGE], 0],
    ['special-price AC 2,999.00', [SPECIAL_AC], 0],
    ['TV + laptop + special AC', [TV, LAPTOP, SPECIAL_AC], 55000],
  ])('%s → %i fen of vouchers', (_, lines, value) => {
    const result = r1(lines);

    expect(rewardValue(result)).toBe(value);
    expect(result.discount).toBe(0);
    expect(result.payable).toBe(result.listSubtotal);
  });

  it('returns vouchers of their face value: 3 × 100 for the TV, 5 × 50 for the laptop', () => {
    const result = r1([TV, LAPTOP]);
    const rewards = result.benefits.map((b) => [b.ruleId, b.reward?.quantity, b.reward?.value]);

    expect(rewards).toEqual([
      ['traditional', 3, 30000],
      ['digital', 5, 25000],
    ]);
    expect(rewarded(result, 'retail.return-voucher')).toBe(8);
    expect(result.benefits[0]?.reward?.details).toEqual({
      faceValue: 10000,
      perLine: [{ lineId: 'l1', vouchers: 3 }],
    });
  });

  it('counts per unit, not per line: two fridges of 999.00 return nothing', () => {
    expect(rewardValue(r1([{ ...FRIDGE, quantity: 2 }]))).toBe(0);
  });

  it('prices the unit after line price changes: a TV cut to 2,999.00 returns 200', () => {
    const cut = registry.engine.compile({
      id: 'tv-cut',
      version: 1,
      name: { 'zh-CN': '直降', en: 'Price cut' },
      rules: [
        {
          id: 'cut',
          then: [
            {
              block: 'retail.special-prices',
              params: { items: [{ sku: 'tv-55', price: 299900 }] },
            },
          ],
        },
      ],
    });
    const vouchers = registry.engine.compile(
      registry.instantiate('retail.spend-thousand-return-hundred', {}, { campaignId: 'r1' }),
    );
    const result = registry.engine.evaluate([vouchers, cut], receipt(NATIONAL_DAY, [TV]));

    expect(result.discount).toBe(30000);
    expect(rewardValue(result)).toBe(20000);
  });

  it('says why a fridge of 999.00 earns nothing', () => {
    const rule = r1([FRIDGE]).campaigns[0]?.rules.find((each) => each.ruleId === 'traditional');

    expect(rule?.reason?.message.en).toBe('no eligible unit priced at ¥1000.00 or more');
  });

  it('prices a unit after line price changes, not after order reductions', () => {
    // A store-wide 100 off leaves a 3,050.00 TV at 2,950.00 running: it still returns 3 × 100.
    const days = { firstDay: '2026-10-01', lastDay: '2026-10-07' };
    const campaigns = [
      compile('store-wide-reduction', { days }),
      compile('spend-thousand-return-hundred'),
    ];
    const tv = { ...TV, unitPrice: 305000 };
    const result = registry.engine.evaluate(campaigns, receipt(NATIONAL_DAY, [tv]));

    expect(result.discount).toBe(10000);
    expect(rewardValue(result)).toBe(30000);
  });
});
