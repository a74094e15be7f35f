import { parseLocalDateTime } from '@campaign-studio/sdk';

/** When the free-order moments fall: the first one, then every so many minutes. */
export interface MomentSchedule {
  /** `HH:mm:ss`, local. */
  first: string;
  everyMinutes: number;
  count: number;
}

/** One free-order second, `[startMs, endMs)`; `id` is its local date-time. */
export interface FreeOrderMoment {
  id: string;
  startMs: number;
  endMs: number;
}

/** E2: 00:08:08, 00:18:08 … 01:58:08. */
export const SINGLES_DAY_MOMENTS: MomentSchedule = {
  first: '00:08:08',
  everyMinutes: 10,
  count: 12,
};

/**
 * The free-order seconds of a local day in `zone`, in order. Each is parsed from its local
 * clock time, so a zone with a daylight-saving jump still gets the second on the wall clock;
 * moments that would fall on the next day are left out.
 */
export function freeOrderMoments(
  day: string,
  zone: string,
  schedule: MomentSchedule = SINGLES_DAY_MOMENTS,
): FreeOrderMoment[] {
  const [h = 0, m = 0, s = 0] = schedule.first.split(':').map(Number);
  const firstSecond = h * 3600 + m * 60 + s;
  const moments: FreeOrderMoment[] = [];
  for (let i = 0; i < schedule.count; i += 1) {
    const second = firstSecond + i * schedule.everyMinutes * 60;
    if (second >= 86400) break;
    const id = `${day}T${clock(second)}`;
    const startMs = parseLocalDateTime(id, zone);
    moments.push({ id, startMs, endMs: startMs + 1000 });
  }

  return moments;
}

function clock(second: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');

  const hours = Math.floor(second / 3600);
  const minutes = Math.floor(second / 60) % 60;

  return `${pad(hours)}:${pad(minutes)}:${pad(second % 60)}`;
}
