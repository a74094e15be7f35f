import type { OrderLine } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { event, runTemplate } from './support.js';

const BOOKED = '2026-06-15T11:00:00+08:00';

function tables(menuA: number, menuB: number): OrderLine[] {
  const line = (id: string, unitPrice: number, quantity: number): OrderLine => ({
    id,
    sku: `menu-${id}`,
    unitPrice,
    quantity,
    category: 'banquet-table',
  });

  return [line('a', 288800, menuA), line('b', 188800, menuB)].filter((l) => l.quantity > 0);
}

function banquet(lines: OrderLine[], date = '2026-07-10', kind = 'graduation') {
  const facts = { type: 'banquet.booking', kind, date };

  return runTemplate('graduation-banquet', event(BOOKED, facts, { lines }));
}

describe('H5 graduation banquets: July–August, ≥ 10 tables → the cheapest table free', () => {
  it('10 × 2,888.00 + 2 × 1,888.00 → one 1,888.00 table free', () => {
    const result = banquet(tables(10, 2));

    expect(result.discount).toBe(188800);
    expect(result.payable).toBe(10 * 288800 + 188800);
    expect(result.lines.map((line) => line.lineDiscount)).toEqual([0, 188800]);
  });

  it('exactly 10 tables of one menu → one free; 9 tables → none', () => {
    expect(banquet(tables(10, 0)).discount).toBe(288800);
    const nine = banquet(tables(7, 2));

    expect(nine.discount).toBe(0);
    expect(nine.campaigns[0]?.rules[0]?.reason?.message.en).toBe('9 tables < 10');
  });

  it('a wedding, or a banquet in September, is not a graduation banquet in season', () => {
    expect(banquet(tables(12, 0), '2026-07-10', 'wedding').discount).toBe(0);
    expect(banquet(tables(12, 0), '2026-09-05').discount).toBe(0);
  });
});

describe('H6 conference packages: ≥ 50 attendee-days → 10% off the package', () => {
  function conference(attendeeDays: number, unitPrice = 45000) {
    const lines: OrderLine[] = [
      {
        id: 'c1',
        sku: 'conference-full-day',
        unitPrice,
        quantity: attendeeDays,
        category: 'conference-package',
      },
      { id: 'x1', sku: 'projector-extra', unitPrice: 80000, quantity: 1, category: 'equipment' },
    ];
    const facts = { type: 'conference.booking', date: '2026-09-20' };

    return runTemplate('conference-package', event(BOOKED, facts, { lines }));
  }

  it('30 people × 2 days = 60 attendee-days at 450.00 → 2,700.00 off the package only', () => {
    const result = conference(60);

    expect(result.discount).toBe(270000);
    expect(result.lines.map((line) => line.discount)).toEqual([270000, 0]);
  });

  it('exactly 50 → 10% of 22,500.00 = 2,250.00; 49 → nothing', () => {
    expect(conference(50).discount).toBe(225000);
    const short = conference(49);

    expect(short.discount).toBe(0);
    expect(short.campaigns[0]?.rules[0]?.reason?.message.en).toBe('49 attendee-days < 50');
  });

  it('rounds once, half-up: 50 × 333.33 = 16,666.50 → 1,666.65 off', () => {
    expect(conference(50, 33333).discount).toBe(166665);
  });
});
