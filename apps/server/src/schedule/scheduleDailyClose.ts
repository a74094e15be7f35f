import { Cron } from 'croner';

/** Midnight, when a local day has closed (croner's pattern with seconds). */
export const LOCAL_MIDNIGHT = '0 0 0 * * *';

/**
 * A croner job that calls `onClose` at every local midnight of `zone`, when the day before has
 * closed. A run still busy at the next midnight makes that one skip. The timer does not keep
 * the process alive; `stop()` the job when done.
 */
export function scheduleDailyClose(zone: string, onClose: () => Promise<void>): Cron {
  return new Cron(LOCAL_MIDNIGHT, { timezone: zone, protect: true, unref: true }, onClose);
}
