import { DEFAULT_TIMEZONE } from '@campaign-studio/engine';
import type { Cron } from 'croner';
import type { AppServices } from '../AppServices.js';
import { campaignZone, stageTable } from '../projects/stageTable.js';
import { checkClosedDays } from './checkClosedDays.js';
import { liveCampaigns } from './liveCampaigns.js';
import { scheduleDailyClose } from './scheduleDailyClose.js';

export interface StageCheckScheduler {
  /** The zones that have a daily job. */
  zones(): string[];
  /** When the check runs next in `zone` after `after` (default now); none once stopped. */
  nextRun(zone: string, after?: Date): Date | undefined;
  /** True once `stop()` has stopped every job. */
  isStopped(): boolean;
  /** Stops every job and waits for a check still running; nothing runs afterwards. */
  stop(): Promise<void>;
}

/**
 * Runs W2's daily stage check at each local midnight, in the zone of every live campaign with
 * a stage table (Asia/Shanghai always). On start it first catches up the days missed
 * while the server was down, and resolves once that is done. A zone that appears later (a
 * campaign published in another zone) gets its job at the next midnight of a known zone.
 * Several processes may run it at once: alerts and checked days are stored once.
 */
export async function startStageCheckScheduler(
  services: AppServices,
): Promise<StageCheckScheduler> {
  const jobs = new Map<string, Cron>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  const track = (work: Promise<void>): Promise<void> => {
    running.add(work);
    return work.finally(() => running.delete(work));
  };

  const checkZone = async (zone: string): Promise<void> => {
    if (stopped) return;
    try {
      await checkClosedDays(services, zone);
    } catch (error) {
      services.logger.error({ err: error, timezone: zone }, 'stage check failed');
    }
  };

  const addNewZones = async (): Promise<string[]> => {
    const added: string[] = [];
    for (const zone of await zonesInUse(services)) {
      if (stopped || jobs.has(zone)) continue;
      jobs.set(
        zone,
        scheduleDailyClose(zone, () => track(onClose(zone))),
      );
      added.push(zone);
    }
    return added;
  };

  const onClose = async (zone: string): Promise<void> => {
    await checkZone(zone);
    try {
      for (const added of await addNewZones()) await checkZone(added);
    } catch (error) {
      services.logger.error({ err: error }, 'stage check: reading campaign zones failed');
    }
  };

  for (const zone of await addNewZones()) await track(checkZone(zone));

  return {
    zones: () => [...jobs.keys()],
    nextRun: (zone, after) => {
      if (stopped) return undefined;
      return jobs.get(zone)?.nextRun(after ?? services.clock()) ?? undefined;
    },
    isStopped: () => stopped && [...jobs.values()].every((job) => job.isStopped()),
    stop: async () => {
      stopped = true;
      for (const job of jobs.values()) job.stop();
      await Promise.allSettled([...running]);
    },
  };
}

/** The default zone and those of the live campaigns that set stage deadlines. */
async function zonesInUse(services: AppServices): Promise<string[]> {
  const zones = [...(await liveCampaigns(services)).values()]
    .filter((document) => stageTable(document) !== undefined)
    .map(campaignZone);

  return [...new Set([DEFAULT_TIMEZONE, ...zones])].sort();
}
