import type { OrderLine } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { event, runTemplate } from './support.js';

const BOOKED = '2026-05-12T14:00:00+08:00';

function standardNights(count: number): OrderLine[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `n${index + 1}`,
    sku: 'room-standard',
    unitPrice: 68000,
    quantity: 1,
    category: 'room-night',
    attributes: { night: `2026-05-${12 + index}`, roomType: 'standard' },
  }));
}

function book(facts: Record<string, unknown>, lines = standardNights(2)) {
  return runTemplate(
    'agreement-customers',
    event(BOOKED, { type: 'room.booking', ...facts }, { lines }),
  );
}

describe('H4 agreement customers pay the agreement price (standard 480.00 vs rack 680.00)', () => {
  it('a cash agreement: two nights → 400.00 off, pay 960.00', () => {
    const result = book({ agreement: 'cash' });

    expect(result.discount).toBe(40000);
    expect(result.payable).toBe(96000);
  });

  it('charge to account with 1,000.00 credit left covers 960.00 → agreement price', () => {
    expect(book({ agreement: 'charge', creditLeft: 100000 }).payable).toBe(96000);
  });

  it('exactly 960.00 left is enough; 959.99 is not, and the rack rate applies', () => {
    expect(book({ agreement: 'charge', creditLeft: 96000 }).payable).toBe(96000);
    const short = book({ agreement: 'charge', creditLeft: 95999 });

    expect(short.payable).toBe(136000);
    expect(short.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      "credit left ¥959.99 < this stay's ¥960.00",
    );
  });

  it('no agreement → rack rate', () => {
    const result = book({});

    expect(result.payable).toBe(136000);
    expect(result.campaigns[0]?.status).toBe('not-applied');
  });
});
