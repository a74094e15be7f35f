import type { AppServices } from '../AppServices.js';
import { addDays, daysFrom, lastClosedDay } from './localDays.js';
import { runStageCheck, type StageCheckResult } from './runStageCheck.js';

/** How far back a server that was down catches up; older days are skipped with a warning. */
export const MAX_CATCH_UP_DAYS = 31;

/**
 * Runs the check for every local day of `timezone` that has closed since the last day checked
 * there, oldest first, up to yesterday (by the services' clock). A zone never checked
 * starts with yesterday. Each day is stored on its own, so a failure keeps the days before it.
 */
export async function checkClosedDays(
  services: AppServices,
  timezone: string,
): Promise<StageCheckResult[]> {
  const last = lastClosedDay(services.clock(), timezone);
  const lastChecked = await services.repositories.stageAlerts.lastCheckedDay(timezone);
  const earliest = addDays(last, 1 - MAX_CATCH_UP_DAYS);
  let first = lastChecked === undefined ? last : addDays(lastChecked, 1);
  if (first < earliest) {
    services.logger.warn(
      { timezone, from: first, to: addDays(earliest, -1) },
      `stage check: more than ${MAX_CATCH_UP_DAYS} days missed; the oldest are not checked`,
    );
    first = earliest;
  }

  const results: StageCheckResult[] = [];
  for (const day of daysFrom(first, last)) {
    results.push(await runStageCheck(services, day, timezone));
  }

  return results;
}
