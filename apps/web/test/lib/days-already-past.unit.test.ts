import { describe, expect, it } from 'vitest';
import { chosenDaysArePast } from '../../src/lib/days-already-past.js';

// 3 Dec 2026, 10:00 in Shanghai.
const now = new Date('2026-12-03T02:00:00Z');

describe('chosenDaysArePast', () => {
  it('is true for the scenarios’ 11 Nov 2026 once it is over', () => {
    expect(
      chosenDaysArePast({ days: { firstDay: '2026-11-11', lastDay: '2026-11-11' } }, now),
    ).toBe(true);
  });

  it('counts the last day as included, in the campaign zone', () => {
    const today = { days: { firstDay: '2026-12-01', lastDay: '2026-12-03' } };
    expect(chosenDaysArePast(today, now)).toBe(false);
    // Midnight in Shanghai is 16:00 UTC the day before.
    expect(chosenDaysArePast(today, new Date('2026-12-03T16:00:00Z'))).toBe(true);
    expect(chosenDaysArePast(today, new Date('2026-12-03T15:59:59Z'))).toBe(false);
  });

  it('is false while any chosen range is still to come', () => {
    const params = {
      depositDays: { firstDay: '2026-11-01', lastDay: '2026-11-10' },
      finalDays: { firstDay: '2026-12-20', lastDay: '2026-12-31' },
    };
    expect(chosenDaysArePast(params, now)).toBe(false);
  });

  it('is false for params without days, or with days not filled in', () => {
    expect(chosenDaysArePast({ bands: [{ min: 2 }] }, now)).toBe(false);
    expect(chosenDaysArePast({ days: { firstDay: '', lastDay: '2026-11-11' } }, now)).toBe(false);
  });
});
