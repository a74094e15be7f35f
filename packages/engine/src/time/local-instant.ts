import { DateTime, IANAZone } from 'luxon';
import type { LocalInstant } from '../types/index.js';

/**
 * Parses an instant with an offset (checked by the context schema) and views it in `zone`.
 * Most evaluations read only `epochMs` (windows are resolved when compiled), so the calendar
 * fields are worked out with luxon on first read rather than for every evaluation.
 */
export function toLocalInstant(instant: string, zone: string): LocalInstant {
  return new LazyLocalInstant(instant, zone);
}

class LazyLocalInstant implements LocalInstant {
  readonly epochMs: number;
  private moment: DateTime | undefined;
  private localDate: string | undefined;
  private localTime: string | undefined;
  private wallClock: Date | undefined;

  constructor(
    private readonly instant: string,
    private readonly zone: string,
  ) {
    // RFC 3339 with an offset, as the schema asks: Date.parse reads it exactly and quickly.
    const parsed = Date.parse(instant);
    this.epochMs = Number.isNaN(parsed) ? this.local().toMillis() : parsed;
  }

  get date(): string {
    this.localDate ??= this.fields()?.slice(0, 10) ?? this.local().toFormat('yyyy-MM-dd');
    return this.localDate;
  }

  get time(): string {
    this.localTime ??= this.fields()?.slice(11, 23) ?? this.local().toFormat('HH:mm:ss.SSS');
    return this.localTime;
  }

  get weekday(): number {
    const clock = this.clock();
    return clock ? clock.getUTCDay() || 7 : this.local().weekday;
  }

  /**
   * The local wall clock as a UTC date shifted by the zone's offset at the instant: reading
   * only the offset from luxon is several times cheaper than parsing and formatting with it,
   * and time-window explanations read the date and time on most evaluations. Undefined for an
   * unknown zone or a year outside 0–9999 (luxon answers those).
   */
  private clock(): Date | undefined {
    if (this.wallClock) return this.wallClock;
    const zone = IANAZone.create(this.zone);
    if (!zone.isValid || Number.isNaN(this.epochMs)) return undefined;
    const clock = new Date(this.epochMs + offsetAt(zone, this.epochMs) * 60_000);
    const year = clock.getUTCFullYear();
    if (Number.isNaN(year) || year < 0 || year > 9999) return undefined;
    this.wallClock = clock;
    return clock;
  }

  /** `YYYY-MM-DDTHH:mm:ss.sssZ` of the local wall clock (the Z means nothing here). */
  private fields(): string | undefined {
    return this.clock()?.toISOString();
  }

  parseLocal(localDateTime: string): number {
    return parseLocalDateTime(localDateTime, this.zone);
  }

  private local(): DateTime {
    this.moment ??= DateTime.fromISO(this.instant, { setZone: true }).setZone(this.zone);
    return this.moment;
  }
}

const QUARTER_HOUR = 15 * 60_000;
/** Zone offsets (minutes) by zone and quarter hour of UTC; past this many, they start over. */
const offsets = new Map<string, number>();
const MAX_OFFSETS = 4096;

/**
 * The zone's offset at the instant. Asking luxon means an `Intl` call, so the answer is kept
 * for the quarter hour around it when the offset is the same at both ends (offsets change at
 * most once in a quarter hour, on whole minutes); a quarter hour with a change is not kept.
 */
function offsetAt(zone: IANAZone, epochMs: number): number {
  const slot = Math.floor(epochMs / QUARTER_HOUR);
  const key = `${zone.name}|${slot}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;

  const start = zone.offset(slot * QUARTER_HOUR);
  if (start !== zone.offset((slot + 1) * QUARTER_HOUR - 1)) return zone.offset(epochMs);
  if (offsets.size >= MAX_OFFSETS) offsets.clear();
  offsets.set(key, start);

  return start;
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

/** An instant with an offset, in the plain RFC 3339 shape every client sends. */
const PLAIN_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Whether luxon reads the instant as valid. Every evaluation checks its instant, so the plain
 * shape with fields in range is answered here, without luxon's parser; anything else (odd
 * forms, leap seconds, a day past the month's end) goes to luxon, which has the last word.
 */
export function isValidInstant(instant: string): boolean {
  const fields = PLAIN_INSTANT.exec(instant);
  if (fields && plainFieldsInRange(fields)) return true;

  return DateTime.fromISO(instant, { setZone: true }).isValid;
}

function plainFieldsInRange(fields: RegExpExecArray): boolean {
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] =
    fields.map(Number);
  if (!year || !month || !day || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();

  return (
    day <= daysInMonth &&
    (hour as number) <= 23 &&
    (minute as number) <= 59 &&
    (second as number) <= 59 &&
    (offsetHours as number) <= 14 &&
    (offsetMinutes as number) <= 59
  );
}

export function isValidLocal(localDateTime: string): boolean {
  return DateTime.fromISO(localDateTime, { zone: 'UTC' }).isValid;
}
