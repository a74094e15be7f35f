import { describe, expect, it } from 'vitest';
import { endOfMonthsValidity, resolveWindow } from '../src/index.js';

const ZONE = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);

describe('windows in the campaign zone', () => {
  it('"1–6 Oct" runs from 1 Oct 00:00 to 7 Oct 00:00 local time', () => {
    const window = resolveWindow({ firstDay: '2026-10-01', lastDay: '2026-10-06' }, ZONE);

    expect(window.startMs).toBe(at('2026-10-01T00:00:00+08:00'));
    expect(window.endMs).toBe(at('2026-10-07T00:00:00+08:00'));
  });

  it('a start/end window is [start, end) in the zone', () => {
    const window = resolveWindow({ start: '2026-11-11T10:00', end: '2026-11-12T00:00' }, ZONE);

    expect(window.startMs).toBe(at('2026-11-11T02:00:00Z'));
    expect(window.endMs).toBe(at('2026-11-11T16:00:00Z'));
  });

  it('follows the zone a branch sets', () => {
    const window = resolveWindow({ firstDay: '2026-11-11', lastDay: '2026-11-11' }, 'Asia/Urumqi');

    expect(window.startMs).toBe(at('2026-11-11T00:00:00+06:00'));
  });
});

describe('"one month" validity', () => {
  it.each([
    ['2026-11-11T10:00:00+08:00', '2026-12-12T00:00:00+08:00'],
    ['2027-01-31T09:00:00+08:00', '2027-03-01T00:00:00+08:00'],
    ['2028-01-31T09:00:00+08:00', '2028-03-01T00:00:00+08:00'],
    ['2028-01-29T09:00:00+08:00', '2028-03-01T00:00:00+08:00'],
    ['2026-11-30T23:30:00+08:00', '2026-12-31T00:00:00+08:00'],
  ])('issued %s is refused from %s', (issued, refusedFrom) => {
    expect(endOfMonthsValidity(issued, 1, ZONE)).toBe(at(refusedFrom));
  });

  it('takes the local day of issue: 16:30 UTC on 10 Nov is 11 Nov in Shanghai', () => {
    expect(endOfMonthsValidity('2026-11-10T16:30:00Z', 1, ZONE)).toBe(
      at('2026-12-12T00:00:00+08:00'),
    );
  });
});
