import { DateTime } from 'luxon';

/**
 * End (exclusive, epoch ms) of a "one month" validity that starts at `issuedAt`: usable
 * through the end of the same day next month, clamped to that month's last day. Issued 11 Nov
 * → usable through 11 Dec, refused from 12 Dec 00:00; issued 31 Jan → through 28 (or 29) Feb.
 */
export function endOfMonthsValidity(issuedAt: string, months: number, zone: string): number {
  const issued = DateTime.fromISO(issuedAt, { setZone: true }).setZone(zone);
  // luxon clamps the day to the target month's length (31 Jan + 1 month = 28/29 Feb).
  const lastDay = issued.plus({ months }).startOf('day');

  return lastDay.plus({ days: 1 }).toMillis();
}
