/**
 * A range of local days picked in a filter as the instants the server compares with: from the
 * start of the first day to the start of the day after the last, in the campaign zone.
 */
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { DEFAULT_ZONE } from './format-time.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface InstantRange {
  from: string;
  to: string;
}

/** `firstDay` and `lastDay` are `YYYY-MM-DD`; the end is exclusive. */
export function dayRangeToInstants(
  firstDay: string,
  lastDay: string,
  zone: string = DEFAULT_ZONE,
): InstantRange {
  const from = dayjs.tz(firstDay, zone);
  const to = dayjs.tz(lastDay, zone).add(1, 'day');

  return { from: from.toISOString(), to: to.toISOString() };
}
