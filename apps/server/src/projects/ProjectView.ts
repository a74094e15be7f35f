import type { LocalizedText } from '@campaign-studio/engine';
import { addWorkingDays, type ProjectStage } from '@campaign-studio/plugin-power';
import type { ConnectionProjectRecord, ListedStageAlert } from '@campaign-studio/storage';

/** A connection project as the API returns it: days `YYYY-MM-DD`, times ISO 8601. */
export interface ProjectView {
  id: string;
  branchId: string;
  customer: string;
  accountManager: string;
  stage: string;
  /** The stage's name and deadline from the governing campaign's stage table, when known. */
  stageName?: LocalizedText;
  deadline?: string;
  stageStartedOn: string;
  finishedOn?: string;
  campaignId: string;
  createdAt: string;
  updatedAt: string;
}

/** A stored alert of the daily check. */
export interface StageAlertView {
  projectId: string;
  branchId: string;
  stage: string;
  stageName: LocalizedText;
  day: string;
  deadline: string;
  daysLate: number;
  first: boolean;
  accountManager?: string;
  createdAt: string;
}

/** `stages` is the governing campaign's stage table, if it is published. */
export function toProjectView(
  record: ConnectionProjectRecord,
  stages: readonly ProjectStage[] | undefined,
): ProjectView {
  const { createdAt, updatedAt, ...rest } = record;
  const stage = stages?.find((each) => each.id === record.stage);

  return {
    ...rest,
    ...(stage === undefined
      ? {}
      : {
          stageName: stage.name,
          deadline: addWorkingDays(record.stageStartedOn, stage.workingDays),
        }),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export function toStageAlertView(alert: ListedStageAlert): StageAlertView {
  return { ...alert, createdAt: alert.createdAt.toISOString() };
}
