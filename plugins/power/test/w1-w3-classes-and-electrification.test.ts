import { describe, expect, it } from 'vitest';
import { event, runTemplate } from './support.js';

const JUNE = '2026-06-01T10:00:00+08:00';

function classes(facts: Record<string, unknown>): string[] {
  const result = runTemplate(
    'big-customer-classes',
    event(JUNE, { type: 'customer.review', ...facts }),
  );

  return result.benefits.map((benefit) => benefit.reward?.item ?? '');
}

describe('W1 big-customer classes', () => {
  it('315 kVA is large industrial load, with priority service; 314 is not', () => {
    expect(classes({ capacityKva: 315, sector: 'manufacturing' })).toEqual([
      'power.class.large-industrial',
      'power.priority-service',
    ]);
    expect(classes({ capacityKva: 314, sector: 'manufacturing' })).toEqual([]);
  });

  it('a 630 kVA hospital is in two classes; a coal-fired dyeworks is a potential customer', () => {
    expect(classes({ capacityKva: 630, sector: 'hospital' })).toEqual([
      'power.class.large-industrial',
      'power.priority-service',
      'power.class.important',
      'power.priority-service',
    ]);
    expect(classes({ capacityKva: 200, sector: 'textiles', fuel: 'coal' })).toEqual([
      'power.class.potential',
    ]);
  });
});

describe('W3 switch to electric: coal or oil boiler replaced → 20% off the fee', () => {
  function apply(facts: Record<string, unknown>) {
    const lines = [
      {
        id: 'f1',
        sku: 'connection-10kv',
        unitPrice: 12000000,
        quantity: 1,
        category: 'connection-fee',
      },
      { id: 'm1', sku: 'meter-box', unitPrice: 350000, quantity: 1, category: 'equipment' },
    ];
    const context = event(JUNE, { type: 'connection.application', ...facts }, { lines });

    return runTemplate('switch-to-electric', context);
  }

  it('fee 120,000.00 → 24,000.00 off the fee line only', () => {
    const result = apply({ fuel: 'coal', replacesBoiler: true });

    expect(result.discount).toBe(2400000);
    expect(result.lines.map((line) => line.discount)).toEqual([2400000, 0]);
    expect(result.payable).toBe(9600000 + 350000);
  });

  it('an oil boiler too; gas, or coal without replacing the boiler, gets nothing', () => {
    expect(apply({ fuel: 'oil', replacesBoiler: true }).discount).toBe(2400000);
    expect(apply({ fuel: 'gas', replacesBoiler: true }).discount).toBe(0);
    const kept = apply({ fuel: 'coal', replacesBoiler: false });

    expect(kept.discount).toBe(0);
    expect(kept.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      'event fact replacesBoiler is false, expected = true',
    );
  });
});
