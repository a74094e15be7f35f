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
    const clock = new Date(this.epochMs + zone.offset(this.epochMs) * 60_000);
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
