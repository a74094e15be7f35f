/**
 * Whether the day ranges chosen in a template's params are all over: such a campaign would
 * never apply, and the server refuses to submit it, so the form says so before creating it.
 */
import { dayRangeToInstants } from './day-range.js';
import { DEFAULT_ZONE } from './format-time.js';

interface DayRange {
  firstDay: string;
  lastDay: string;
}

const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDayRange(value: unknown): value is DayRange {
  if (typeof value !== 'object' || value === null) return false;
  const { firstDay, lastDay } = value as Record<string, unknown>;
  return (
    typeof firstDay === 'string' &&
    typeof lastDay === 'string' &&
    LOCAL_DAY.test(firstDay) &&
    LOCAL_DAY.test(lastDay)
  );
}

/** Every `{ firstDay, lastDay }` anywhere in the params (days, phases' days, …). */
function dayRangesIn(value: unknown, found: DayRange[] = []): DayRange[] {
  if (isDayRange(value)) {
    found.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((item) => dayRangesIn(item, found));
  } else if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach((item) => dayRangesIn(item, found));
  }
  return found;
}

/** True when the params hold day ranges and every one ended before `now` (last day included). */
export function chosenDaysArePast(params: unknown, now: Date, zone: string = DEFAULT_ZONE) {
  const ranges = dayRangesIn(params);
  if (ranges.length === 0) return false;

  return ranges.every(
    (range) =>
      now.getTime() >= Date.parse(dayRangeToInstants(range.firstDay, range.lastDay, zone).to),
  );
}
