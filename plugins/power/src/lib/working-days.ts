/**
 * Working days are Monday to Friday. There is no holiday calendar: a public holiday on a
 * weekday counts as a working day, and a swapped working Saturday does not.
 */
const DAY_MS = 86_400_000;

function toMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(toMs(day)).getUTCDay();

  return weekday !== 0 && weekday !== 6;
}

/** The day on which `count` working days after `day` are up (`day` itself not counted). */
export function addWorkingDays(day: string, count: number): string {
  let ms = toMs(day);
  let left = count;
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(toDay(ms))) left -= 1;
  }

  return toDay(ms);
}

/** Calendar days from `from` to `to`: 2026-06-09 → 2026-06-11 is 2. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;

  return toDay(toMs(value)) === value;
}
