import type { LocalizedText } from '@campaign-studio/sdk';
import type { ProjectStage } from '../generated/stage-deadline.js';
import { isDay } from '../lib/working-days.js';

export type { ProjectStage };

/** Where a connection project (业扩) stands, as the event carries it (`event.project`). */
export interface ConnectionProject {
  id: string;
  /** The stage in progress (or just finished, on a stage-finished event). */
  stage: string;
  /** The local day the stage began. */
  stageStartedOn: string;
  /** The local day the stage was finished, when it was. */
  finishedOn?: string;
  accountManager?: string;
  customer?: string;
}

/** The project the event carries, or a message naming the field that is missing. */
export function readProject(
  fact: unknown,
): { project: ConnectionProject } | { problem: LocalizedText } {
  const value = typeof fact === 'object' && fact !== null ? (fact as Record<string, unknown>) : {};
  const { id, stage, stageStartedOn, finishedOn, accountManager, customer } = value;
  const missing = [
    typeof id === 'string' ? undefined : 'project.id',
    typeof stage === 'string' ? undefined : 'project.stage',
    isDay(stageStartedOn) ? undefined : 'project.stageStartedOn (YYYY-MM-DD)',
  ].filter((each) => each !== undefined);
  if (missing.length > 0 || typeof id !== 'string' || typeof stage !== 'string') {
    return {
      problem: {
        'zh-CN': `事件缺少工程字段 ${missing.join('、')}`,
        en: `the event lacks ${missing.join(', ')}`,
      },
    };
  }

  return {
    project: {
      id,
      stage,
      stageStartedOn: stageStartedOn as string,
      ...(isDay(finishedOn) && { finishedOn }),
      ...(typeof accountManager === 'string' && { accountManager }),
      ...(typeof customer === 'string' && { customer }),
    },
  };
}
