import { DateTime } from 'luxon';
import type { LocalInstant } from '../types/index.js';

/** Parses an instant with an offset (checked by the context schema) and views it in `zone`. */
export function toLocalInstant(instant: string, zone: string): LocalInstant {
  const moment = DateTime.fromISO(instant, { setZone: true }).setZone(zone);

  return {
    epochMs: moment.toMillis(),
    date: moment.toFormat('yyyy-MM-dd'),
    time: moment.toFormat('HH:mm:ss.SSS'),
    weekday: moment.weekday,
    parseLocal: (localDateTime) => parseLocalDateTime(localDateTime, zone),
  };
}

/** `2026-11-11T10:00` (or a bare date, meaning its 00:00) in `zone` → epoch ms. */
export function parseLocalDateTime(localDateTime: string, zone: string): number {
  return DateTime.fromISO(localDateTime, { zone }).toMillis();
}

/** Epoch ms of 00:00 of the day after `localDate`, in `zone`. */
export function startOfNextDay(localDate: string, zone: string): number {
  return DateTime.fromISO(localDate, { zone }).plus({ days: 1 }).startOf('day').toMillis();
}

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

export function isValidInstant(instant: string): boolean {
  return DateTime.fromISO(instant, { setZone: true }).isValid;
}

export function isValidLocal(localDateTime: string): boolean {
  return DateTime.fromISO(localDateTime, { zone: 'UTC' }).isValid;
}
