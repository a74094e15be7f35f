import { describe, expect, it } from 'vitest';
import { receipt, registry, runTemplate } from './support.js';

const ON_11_NOV = '2026-11-11T14:00:00+08:00';
const once = (amounts: number[]) =>
  runTemplate(
    'store-wide-reduction',
    receipt(
      ON_11_NOV,
      amounts.map((unitPrice) => ({ unitPrice })),
    ),
  );
const every = (amounts: number[]) =>
  runTemplate(
    'store-wide-every-full-reduction',
    receipt(
      ON_11_NOV,
      amounts.map((unitPrice) => ({ unitPrice })),
    ),
  );

describe('R4 store-wide reduction: 满减 once, 每满减 repeating, labelled apart', () => {
  it('≥ 300 → 100 off once per receipt: 650 → 100 off', () => {
    expect(once([65000]).discount).toBe(10000);
    expect(once([65000]).payable).toBe(55000);
  });

  it('every full 300 → 100 off: 650 → 200 off', () => {
    expect(every([65000]).discount).toBe(20000);
    expect(every([65000]).payable).toBe(45000);
  });

  it('exactly 300.00 meets the threshold; 299.99 does not, and says so', () => {
    expect(once([30000]).discount).toBe(10000);
    const short = once([29999]);
    expect(short.discount).toBe(0);
    expect(short.campaigns[0]?.reason?.message.en).toBe('receipt amount ¥299.99 < ¥300.00');
  });

  it('the two variants carry different names in both languages', () => {
    const names = ['store-wide-reduction', 'store-wide-every-full-reduction'].map((id) => {
      const template = registry.template(`retail.${id}`);
      const rule = registry.instantiate(`retail.${id}`, {}, { campaignId: id }).rules?.[0];
      return { template: template?.name, rule: rule?.name };
    });

    expect(names).toEqual([
      {
        template: { 'zh-CN': '全场满减（每单一次）', en: 'Store-wide reduction, once per receipt' },
        rule: { 'zh-CN': '满300减100（每单一次）', en: '100 off at 300, once' },
      },
      {
        template: {
          'zh-CN': '全场每满减（上不封顶）',
          en: 'Store-wide reduction for every full amount',
        },
        rule: { 'zh-CN': '每满300减100', en: '100 off for every full 300' },
      },
    ]);
  });

  it('R17: A-brand lines neither count toward the threshold nor take the reduction', () => {
    const context = receipt(ON_11_NOV, [
      { unitPrice: 50000, attributes: { brandClass: 'A' } },
      { unitPrice: 20000, attributes: { brandClass: 'B' } },
    ]);
    expect(runTemplate('store-wide-reduction', context).discount).toBe(0);

    const enough = receipt(ON_11_NOV, [
      { unitPrice: 50000, attributes: { brandClass: 'A' } },
      { unitPrice: 35000, attributes: { brandClass: 'C' } },
    ]);
    const result = runTemplate('store-wide-reduction', enough);
    expect(result.lines.map((line) => line.discount)).toEqual([0, 10000]);
  });

  it('runs at priority 1, before a later reduction on the running amount', () => {
    const document = registry.instantiate('retail.store-wide-reduction', {}, { campaignId: 'r4' });

    expect(document.stacking?.priority).toBe(1);
  });
});
