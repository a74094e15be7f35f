import { describe, expect, it } from 'vitest';
import type { EvaluationContext } from '@campaign-studio/sdk';
import { registry, runTemplate } from './support.js';

const claim = (
  subsidy: string,
  facts: Record<string, unknown> = {},
  tags = ['dealer:vip'],
  instant = '2027-03-15T10:00:00+08:00',
): EvaluationContext => ({
  instant,
  channel: 'dealer',
  customer: { id: 'dealer-018', tags },
  lines: [],
  event: { type: 'dealer.subsidy-claim', subsidy, ...facts },
});
const subsidies = (context: EvaluationContext, params: Record<string, unknown> = {}) =>
  runTemplate('dealer-trade-subsidies', context, params).benefits.map((benefit) => ({
    item: benefit.reward?.item,
    value: benefit.reward?.value,
    details: benefit.reward?.details,
  }));

describe('V3 trade subsidies for VIP dealers', () => {
  it('co-op 10,000.00 → store 5,000.00, dealer 5,000.00; the store part is the cost', () => {
    const result = runTemplate(
      'dealer-trade-subsidies',
      claim('co-op-advertising', { cost: 1000000 }),
    );

    expect(result.benefits.map((benefit) => benefit.reward)).toEqual([
      {
        item: 'retail.trade-subsidy.co-op-advertising',
        quantity: 1,
        label: {
          'zh-CN': '联合广告补贴：本店 ¥5000.00，经销商 ¥5000.00',
          en: 'Co-op advertising: store ¥5000.00, dealer ¥5000.00',
        },
        value: 500000,
        details: {
          subsidy: 'co-op-advertising',
          total: 1000000,
          storePays: 500000,
          dealerPays: 500000,
          storePercent: 50,
          claimed: 1000000,
          capped: false,
        },
      },
    ]);
    // A subsidy is not money off the dealer's order.
    expect(result.discount).toBe(0);
  });

  it('an odd fen of co-op goes to the store (half-up); a claim over 10,000.00 is capped', () => {
    expect(subsidies(claim('co-op-advertising', { cost: 333333 }))[0]?.details).toMatchObject({
      total: 333333,
      storePays: 166667,
      dealerPays: 166666,
    });
    expect(subsidies(claim('co-op-advertising', { cost: 1500000 }))[0]).toMatchObject({
      value: 500000,
      details: { total: 1000000, claimed: 1500000, capped: true },
    });
  });

  it('a co-op claim without its ad cost gives nothing and says which fact is missing', () => {
    const result = runTemplate('dealer-trade-subsidies', claim('co-op-advertising'));
    expect(result.benefits).toEqual([]);
    const rule = result.campaigns[0]?.rules.find((each) => each.ruleId === 'co-op');
    expect(rule?.reason?.message.en).toBe('the event has no claimed cost cost (whole fen above 0)');
  });

  it.each([
    ['display-allowance', 200000],
    ['shelf-display', 300000],
    ['demo-staff', 600000],
  ])('%s: the store pays all of %i fen', (subsidy, amount) => {
    expect(subsidies(claim(subsidy))).toEqual([
      {
        item: `retail.trade-subsidy.${subsidy}`,
        value: amount,
        details: { subsidy, total: amount, storePays: amount, dealerPays: 0, storePercent: 100 },
      },
    ]);
  });

  it('a branch may give less, never more', () => {
    expect(subsidies(claim('display-allowance'), { displayAllowance: 150000 })[0]?.value).toBe(
      150000,
    );
    // The server checks a branch's params against these bounds.
    expect(registry.template('retail.dealer-trade-subsidies')?.bounds).toMatchObject({
      displayAllowance: { mode: 'bounded', max: 200000 },
      coOpAdvertisingMax: { mode: 'bounded', max: 1000000 },
      coOpStorePercent: { mode: 'bounded', max: 50 },
      dealerTags: { mode: 'locked' },
    });
  });

  it('only VIP dealers, only within the agreement year, only the claimed subsidy', () => {
    expect(subsidies(claim('display-allowance', {}, ['dealer:regular']))).toEqual([]);
    expect(
      subsidies(claim('display-allowance', {}, ['dealer:vip'], '2028-01-01T00:00:00+08:00')),
    ).toEqual([]);
    expect(subsidies(claim('free-money'))).toEqual([]);
  });
});
