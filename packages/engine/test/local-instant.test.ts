import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isValidInstant, toLocalInstant } from '../src/time/index.js';

/** What luxon says of the instant in the zone: the fields the engine works out without it. */
function luxonFields(instant: string, zone: string) {
  const local = DateTime.fromISO(instant, { setZone: true }).setZone(zone);
  return {
    date: local.toFormat('yyyy-MM-dd'),
    time: local.toFormat('HH:mm:ss.SSS'),
    weekday: local.weekday,
  };
}

describe('the local date and time of an instant', () => {
  it('11 Nov 2026 01:30 in Shanghai is 10 Nov 17:30 UTC, a Wednesday', () => {
    const local = toLocalInstant('2026-11-10T17:30:00.250Z', 'Asia/Shanghai');

    expect([local.date, local.time, local.weekday]).toEqual(['2026-11-11', '01:30:00.250', 3]);
  });

  it.each([
    // New York springs forward at 02:00 local on 8 Mar 2026 (07:00 UTC).
    ['America/New_York', '2026-03-08T06:59:59.999Z'],
    ['America/New_York', '2026-03-08T07:00:00.000Z'],
    // Lord Howe moves by half an hour, at 02:00 local (15:30 UTC) on 4 Oct 2026.
    ['Australia/Lord_Howe', '2026-10-03T15:29:59.999Z'],
    ['Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
    ['Asia/Kathmandu', '2026-11-11T00:00:00+05:45'],
    ['Europe/London', '2026-10-25T00:59:59.999Z'],
    ['Europe/London', '2026-10-25T01:00:00.000Z'],
    ['Asia/Shanghai', '2026-12-31T23:59:59.999+08:00'],
  ])('in %s at %s, as luxon reads it', (zone, instant) => {
    const local = toLocalInstant(instant, zone);

    expect({ date: local.date, time: local.time, weekday: local.weekday }).toEqual(
      luxonFields(instant, zone),
    );
  });
});

describe('instants the context may carry', () => {
  it.each([
    ['2026-11-11T10:00:00+08:00', true],
    ['2026-11-11T10:00Z', true],
    ['2026-11-11T10:00:00.123456-03:30', true],
    ['2028-02-29T00:00:00Z', true],
    ['2026-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-11-11T10:00:60Z', false],
    ['2026-13-01T00:00:00Z', false],
  ])('%s is valid: %s, as luxon says', (instant, valid) => {
    expect(isValidInstant(instant)).toBe(valid);
    expect(DateTime.fromISO(instant, { setZone: true }).isValid).toBe(valid);
  });
});
