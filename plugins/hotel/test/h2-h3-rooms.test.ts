import type { OrderLine } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { event, runTemplate } from './support.js';

const BOOKED = '2026-06-01T09:00:00+08:00';

function night(id: string, day: string, unitPrice: number, quantity = 1): OrderLine {
  return {
    id,
    sku: 'room-standard',
    unitPrice,
    quantity,
    category: 'room-night',
    attributes: { night: day, roomType: 'standard' },
  };
}

describe('H2 Monday special: Monday nights 30% off the rack rate', () => {
  it('Sun + Mon + Tue at 600.00 → only Monday 180.00 off, as a line reduction', () => {
    const lines = [
      night('n1', '2026-06-07', 60000),
      night('n2', '2026-06-08', 60000),
      night('n3', '2026-06-09', 60000),
    ];
    const result = runTemplate(
      'monday-special',
      event(BOOKED, { type: 'room.booking' }, { lines }),
    );

    expect(result.discount).toBe(18000);
    expect(result.payable).toBe(162000);
    expect(result.lines.map((line) => line.lineDiscount)).toEqual([0, 18000, 0]);
  });

  it('two rooms on a Monday at 599.99 → 30% of 1,199.98 = 359.99 (half-up per line)', () => {
    const lines = [night('n1', '2026-06-08', 59999, 2)];
    const result = runTemplate(
      'monday-special',
      event(BOOKED, { type: 'room.booking' }, { lines }),
    );

    expect(result.discount).toBe(35999);
  });

  it('no Monday night → nothing, and it says so', () => {
    const lines = [night('n1', '2026-06-09', 60000)];
    const result = runTemplate(
      'monday-special',
      event(BOOKED, { type: 'room.booking' }, { lines }),
    );

    expect(result.discount).toBe(0);
    expect(result.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      'the booking has no room night on Mon',
    );
  });
});

describe('H3 off-season package: July–August, room + 2 tickets, 20% off the sum', () => {
  const ticket = (quantity: number): OrderLine => ({
    id: 't1',
    sku: 'hot-spring-partner',
    unitPrice: 12800,
    quantity,
    category: 'hot-spring-ticket',
  });
  const deluxe = (day: string) => ({ ...night('n1', day, 68000), sku: 'room-deluxe' });

  it('a July night at 680.00 + 2 tickets at 128.00 = 936.00 → 187.20 off, pay 748.80', () => {
    const lines = [deluxe('2026-07-18'), ticket(2)];
    const facts = { type: 'room.booking', date: '2026-07-18' };
    const result = runTemplate('off-season-package', event(BOOKED, facts, { lines }));

    expect(result.discount).toBe(18720);
    expect(result.payable).toBe(74880);
    expect(result.lines.map((line) => line.orderDiscount)).toEqual([13600, 5120]);
  });

  it('other lines of the booking are not part of the package', () => {
    const minibar = { id: 'm1', sku: 'minibar', unitPrice: 5000, quantity: 1, category: 'f-and-b' };
    const lines = [deluxe('2026-08-31'), ticket(2), minibar];
    const facts = { type: 'room.booking', date: '2026-08-31' };
    const result = runTemplate('off-season-package', event(BOOKED, facts, { lines }));

    expect(result.discount).toBe(18720);
    expect(result.lines[2]?.discount).toBe(0);
  });

  it('one ticket is not the package; a September stay is out of season', () => {
    const july = { type: 'room.booking', date: '2026-07-18' };
    const september = { type: 'room.booking', date: '2026-09-01' };
    const one = runTemplate(
      'off-season-package',
      event(BOOKED, july, {
        lines: [deluxe('2026-07-18'), ticket(1)],
      }),
    );
    const late = runTemplate(
      'off-season-package',
      event(BOOKED, september, {
        lines: [deluxe('2026-09-01'), ticket(2)],
      }),
    );

    expect(one.discount).toBe(0);
    expect(one.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      '1 × hot-spring-ticket, the package needs 2',
    );
    expect(late.discount).toBe(0);
    expect(late.campaigns[0]?.rules[0]?.reason?.message.en).toBe('2026-09-01 is not in month 7, 8');
  });
});
