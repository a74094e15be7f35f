import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The shell's default zone: campaigns without one run in Shanghai time. */
export const DEFAULT_ZONE = 'Asia/Shanghai';

/** An ISO instant as `2026-12-03 22:29` in the campaign's zone, whatever the browser's zone. */
export function formatTime(iso: string | undefined, zone: string = DEFAULT_ZONE): string {
  if (!iso) return '—';
  const instant = dayjs(iso);
  return instant.isValid() ? instant.tz(zone).format('YYYY-MM-DD HH:mm') : iso;
}
