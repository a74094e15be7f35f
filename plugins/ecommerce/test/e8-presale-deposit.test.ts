import { describe, expect, it } from 'vitest';
import sample from '../samples/e8-balance-599.json';
import type { EvaluationContext } from '@campaign-studio/sdk';
import { order, runTemplate, runTemplates } from './support.js';

const COUPONS = [
  { id: 'c-5', coupon: 'shop.5-off' },
  { id: 'c-20', coupon: 'shop.20-off-199' },
  { id: 'c-50', coupon: 'shop.50-off-399' },
  { id: 'c-100', coupon: 'shop.100-off-599' },
];
const DEPOSIT = {
  id: 'dep-1',
  kind: 'ecommerce.presale-deposit',
  value: 5000,
  issuedAt: '2026-10-15T10:00:00+08:00',
};
const balance = (instant = '2026-11-11T09:00:00+08:00', vouchers = [DEPOSIT]) => {
  const context = order(instant, [59900], { coupons: COUPONS, vouchers });
  const [line] = context.lines;
  if (line) line.attributes = { presaleDeposit: 'dep-1' };

  return context;
};
const BOTH = ['ecommerce.presale-deposit', 'ecommerce.tiered-coupons'];

describe('E8 presale deposit, with the E1 coupons', () => {
  it('599.00 → 499.00 after the extra 100 → 399 tier takes 50 → 449.00 → 399.00 due', () => {
    const result = runTemplates(BOTH, balance());

    expect(result.listSubtotal).toBe(59900);
    expect(result.discount).toBe(15000);
    expect(result.subtotalAfterDiscount).toBe(44900);
    expect(result.tendered).toBe(5000);
    expect(result.payable).toBe(39900);
    expect(result.benefits.map((b) => [b.block, b.amount])).toEqual([
      ['ecommerce.deposit-bonus', 10000],
      ['core.amount-off', 5000],
      ['ecommerce.deposit-tender', 5000],
    ]);
    expect(result.benefits[1]?.ruleId).toBe('tier-399');
    expect(result.benefits[2]?.instruments).toEqual([
      { id: 'dep-1', kind: 'ecommerce.presale-deposit', value: 5000 },
    ]);
  });

  it('without the deposit the same 599.00 takes the 100 coupon', () => {
    const result = runTemplates(BOTH, balance(undefined, []));

    expect(result.discount).toBe(10000);
    expect(result.tendered).toBe(0);
    expect(result.payable).toBe(49900);
  });

  it('the sample context gives 399.00 due', () => {
    expect(runTemplates(BOTH, sample.context as EvaluationContext).payable).toBe(39900);
  });

  it('on its own: 599.00 − 100 extra − 50 paid = 449.00 due', () => {
    const result = runTemplate('ecommerce.presale-deposit', balance());

    expect(result.discount).toBe(10000);
    expect(result.tendered).toBe(5000);
    expect(result.payable).toBe(44900);
  });

  it('the balance counts only on 11 Nov: on 12 Nov nothing applies (the deposit is kept)', () => {
    const result = runTemplate('ecommerce.presale-deposit', balance('2026-11-12T00:00:00+08:00'));

    expect(result.discount).toBe(0);
    expect(result.tendered).toBe(0);
    expect(result.campaigns[0]?.status).toBe('out-of-scope');
  });

  it('a line that names no deposit says what is missing', () => {
    const context = order('2026-11-11T09:00:00+08:00', [59900], { vouchers: [DEPOSIT] });
    const result = runTemplate('ecommerce.presale-deposit', context);

    expect(result.discount).toBe(0);
    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'no line names (presaleDeposit) an unused ecommerce.presale-deposit deposit ' +
        'the customer holds',
    );
  });

  it('a deposit paid in warm-up is recorded as a 50.00 reward counting as 150', () => {
    const context = order('2026-10-15T10:00:00+08:00', [], { event: { type: 'presale.deposit' } });
    const [benefit] = runTemplate('ecommerce.presale-deposit', context).benefits;

    expect(benefit?.reward).toEqual({
      item: 'ecommerce.presale-deposit',
      quantity: 1,
      value: 5000,
      label: { 'zh-CN': '预售定金（抵150）', en: 'Presale deposit (counts as 150)' },
    });
  });
});
