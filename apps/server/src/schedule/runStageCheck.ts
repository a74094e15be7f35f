import { DEFAULT_TIMEZONE } from '@campaign-studio/engine';
import { overdueStageAlerts } from '@campaign-studio/plugin-power';
import type { NewStageAlert, StageAlertRecord } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { campaignZone, stageTable } from '../projects/stageTable.js';
import { liveCampaigns } from './liveCampaigns.js';

/** What one day's check found and stored. */
export interface StageCheckResult {
  day: string;
  timezone: string;
  /** Open projects governed by a campaign of this zone that sets deadlines on `day`. */
  projects: number;
  /** Alerts the day raises, stored now or by an earlier run of the same day. */
  found: number;
  /** The alerts this run stored. */
  stored: StageAlertRecord[];
}

/**
 * W2's daily check for the local `day` (`YYYY-MM-DD`) that has closed in `timezone`: every
 * project with a stage in progress, governed by a live power campaign of that zone in force
 * on the day, is checked against the campaign's stage table, and the alerts are stored
 * with the day marked checked. Running a day again stores nothing new.
 */
export async function runStageCheck(
  services: AppServices,
  day: string,
  timezone: string = DEFAULT_TIMEZONE,
): Promise<StageCheckResult> {
  const { repositories, logger } = services;
  const projects = await repositories.connectionProjects.listOpen(day);
  const published = await liveCampaigns(services);

  let checked = 0;
  const alerts: NewStageAlert[] = [];
  for (const project of projects) {
    const document = published.get(project.campaignId);
    if (document === undefined || campaignZone(document) !== timezone) continue;
    const stages = stageTable(document, day);
    if (stages === undefined) continue;

    checked += 1;
    for (const alert of overdueStageAlerts(project, day, stages)) {
      alerts.push({
        projectId: alert.projectId,
        stage: alert.stage,
        stageName: alert.stageName,
        day,
        deadline: alert.deadline,
        daysLate: alert.daysLate,
        first: alert.first,
        ...(alert.accountManager === undefined ? {} : { accountManager: alert.accountManager }),
      });
    }
  }

  const at = services.clock();
  const stored = await repositories.stageAlerts.recordCheck({ timezone, day, alerts, at });
  for (const alert of stored) {
    logger.info(
      { projectId: alert.projectId, stage: alert.stage, day, daysLate: alert.daysLate },
      `stage late: alert for account manager ${alert.accountManager ?? '(none)'}`,
    );
  }
  logger.info(
    { day, timezone, projects: checked, found: alerts.length, stored: stored.length },
    'stage check done',
  );

  return { day, timezone, projects: checked, found: alerts.length, stored };
}
