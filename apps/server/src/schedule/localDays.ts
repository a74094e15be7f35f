import { DateTime } from 'luxon';

/** Local days (`YYYY-MM-DD`) of a zone, for the daily check. */

/** The local date at `instant` in `zone`. */
export function localDay(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd');
}

/** The latest local day in `zone` that is over at `instant`: the day before today there. */
export function lastClosedDay(instant: Date, zone: string): string {
  return addDays(localDay(instant, zone), -1);
}

/** `day` moved by `count` calendar days. */
export function addDays(day: string, count: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: count }).toFormat('yyyy-MM-dd');
}

/** The days from `first` to `last`, both included; none when `first` is after `last`. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);

  return days;
}

/** The last millisecond of `day` in `zone`: the instant the day closes. */
export function closeOfDay(day: string, zone: string): number {
  return DateTime.fromISO(day, { zone }).plus({ days: 1 }).startOf('day').toMillis() - 1;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isLocalDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}
