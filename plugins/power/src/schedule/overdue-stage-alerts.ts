import type { LocalizedText } from '@campaign-studio/sdk';
import { addWorkingDays, calendarDaysBetween } from '../lib/working-days.js';
import type { ConnectionProject, ProjectStage } from './project.js';

/** An alert to the account manager: a stage of a connection project is past its deadline. */
export interface OverdueStageAlert {
  projectId: string;
  stage: string;
  stageName: LocalizedText;
  owner: LocalizedText;
  /** The last day the stage was due (end of that local day). */
  deadline: string;
  /** Calendar days past the deadline on the day checked: 1 on the first alert. */
  daysLate: number;
  /** True on the first day late; the alert repeats each later day, with `first` false. */
  first: boolean;
  accountManager?: string;
}

/**
 * W2's scheduled check for one project at the close of `day` (local `YYYY-MM-DD`): the stage in
 * progress is late when `day` is after its deadline, `workingDays` working days after the day
 * it began. A stage finished on or before `day` raises nothing. Checking every day gives one
 * alert a day while the stage stays late.
 */
export function overdueStageAlerts(
  project: ConnectionProject,
  day: string,
  stages: readonly ProjectStage[],
): OverdueStageAlert[] {
  const stage = stages.find((each) => each.id === project.stage);
  if (!stage) return [];
  if (project.finishedOn !== undefined && project.finishedOn <= day) return [];
  const deadline = addWorkingDays(project.stageStartedOn, stage.workingDays);
  const daysLate = calendarDaysBetween(deadline, day);
  if (daysLate <= 0) return [];

  return [
    {
      projectId: project.id,
      stage: stage.id,
      stageName: stage.name,
      owner: stage.owner,
      deadline,
      daysLate,
      first: daysLate === 1,
      ...(project.accountManager !== undefined && { accountManager: project.accountManager }),
    },
  ];
}
