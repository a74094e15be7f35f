const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day `YYYY-MM-DD`. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;

  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** 1 = Monday … 7 = Sunday, for a calendar day (no zone: a day is a day). */
export function weekdayOf(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();

  return weekday === 0 ? 7 : weekday;
}

/** 1 … 12 */
export function monthOf(day: string): number {
  return Number(day.slice(5, 7));
}

export const WEEKDAY_NAMES = {
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} as const;
