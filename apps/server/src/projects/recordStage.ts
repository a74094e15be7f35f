import type { ProjectStage } from '@campaign-studio/plugin-power';
import {
  inTransaction,
  type ConnectionProjectRecord,
  type UserRecord,
} from '@campaign-studio/storage';
import { branchForWrite, canSeeBranch, HQ_BRANCH_ID } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { recordAudit } from '../audit/recordAudit.js';
import { requireBranch } from '../campaigns/requireBranch.js';
import { isLocalDay } from '../schedule/localDays.js';
import { InputIssuesError, type InputIssue } from '../trpc/InputIssuesError.js';
import { governingStages } from './governingStages.js';
import { projectIdUnavailable } from './projectIdUnavailable.js';

export interface RecordStageInput {
  id: string;
  stage: string;
  startedOn: string;
  finishedOn?: string;
  /** Needed for a new project: the published power campaign whose stage table governs it. */
  campaignId?: string;
  customer?: string;
  accountManager?: string;
  /** A new project's branch (HQ users); a branch user's projects are their branch's. */
  branchId?: string;
}

export interface RecordedStage {
  record: ConnectionProjectRecord;
  stages: readonly ProjectStage[];
}

/**
 * Creates a connection project or records where it stands: the stage in progress, the day it
 * began and, once done, the day it was finished. Every problem of the input is reported at
 * once, naming its field; nothing is written unless all of it is right.
 */
export async function recordStage(
  services: AppServices,
  user: UserRecord,
  input: RecordStageInput,
): Promise<RecordedStage> {
  const { connectionProjects } = services.repositories;
  const existing = await connectionProjects.get(input.id);
  // Another branch's project: the answer campaigns.create gives for a taken id, not NOT_FOUND
  // (which, followed by a create that fails, would tell that the id is someone else's).
  if (existing !== undefined && !canSeeBranch(user, existing.branchId)) {
    throw projectIdUnavailable(input.id);
  }

  const issues: InputIssue[] = [...dayIssues(input)];
  if (existing !== undefined && input.branchId !== undefined) {
    if (input.branchId !== existing.branchId) {
      issues.push(
        issue('/branchId', 'branchId', 'moved-branch', {
          en: `project ${input.id} belongs to branch ${existing.branchId} and stays there`,
          zh: `工程 ${input.id} 属于分支 ${existing.branchId}，不能转到其他分支`,
        }),
      );
    }
  }
  const branchId = existing?.branchId ?? branchForWrite(user, input.branchId);
  if (existing === undefined) await requireBranch(services, branchId);

  const fields = {
    campaignId: input.campaignId ?? existing?.campaignId,
    customer: input.customer ?? existing?.customer,
    accountManager: input.accountManager ?? existing?.accountManager,
  };
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) continue;
    issues.push(
      issue(`/${field}`, field, 'required', {
        en: `${field} is required for a new project`,
        zh: `新建工程须填写 ${field}`,
      }),
    );
  }

  const stages =
    fields.campaignId === undefined
      ? undefined
      : await campaignStages(services, fields.campaignId, branchId, issues);
  if (stages !== undefined && !stages.some((stage) => stage.id === input.stage)) {
    const known = stages.map((stage) => stage.id);
    issues.push(
      issue('/stage', 'stage', 'unknown-stage', {
        en:
          `there is no stage ${input.stage} in campaign ${fields.campaignId}; ` +
          `its stages are ${known.join(', ')}`,
        zh: `活动 ${fields.campaignId} 没有环节 ${input.stage}；可选环节：${known.join('、')}`,
      }),
    );
  }
  if (issues.length > 0 || stages === undefined) throw new InputIssuesError(issues);

  const project = {
    id: input.id,
    branchId,
    customer: fields.customer as string,
    accountManager: fields.accountManager as string,
    stage: input.stage,
    stageStartedOn: input.startedOn,
    ...(input.finishedOn === undefined ? {} : { finishedOn: input.finishedOn }),
    campaignId: fields.campaignId as string,
  };
  const at = services.clock();
  // The project and its audit entry are written together, or neither is.
  const record = await inTransaction(services.database.db, async (tx) => {
    const written =
      existing === undefined
        ? await tx.connectionProjects.insert(project, at)
        : await tx.connectionProjects.update(project, at);
    await recordAudit(tx, {
      at,
      actor: user,
      branchId,
      entityType: 'project',
      entityId: input.id,
      action: existing === undefined ? 'create' : 'record-stage',
      ...(existing === undefined ? {} : { before: auditedProject(existing) }),
      after: auditedProject(written),
    });
    return written;
  });

  return { record, stages };
}

/** What a project's audit entry compares: its fields, without the bookkeeping times. */
function auditedProject(record: ConnectionProjectRecord): Record<string, unknown> {
  const { createdAt: _created, updatedAt: _updated, ...fields } = record;
  return fields;
}

/** Days outside these years are typing mistakes (and beyond what the database stores). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function dayIssues(input: RecordStageInput): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const field of ['startedOn', 'finishedOn'] as const) {
    const day = input[field];
    const found = day === undefined ? undefined : dayIssue(field, day);
    if (found !== undefined) issues.push(found);
  }
  const { startedOn, finishedOn } = input;
  if (finishedOn !== undefined && issues.length === 0 && finishedOn < startedOn) {
    issues.push(
      issue('/finishedOn', 'finishedOn', 'before-start', {
        en: `finishedOn ${finishedOn} is before the stage began (startedOn ${startedOn})`,
        zh: `完成日期 ${finishedOn} 早于环节开始日期 ${startedOn}`,
      }),
    );
  }

  return issues;
}

/** Why `day` is not a real day of a sane year (YYYY-MM-DD), if it is not. */
export function dayIssue(field: string, day: string): InputIssue | undefined {
  if (!isLocalDay(day)) {
    return issue(`/${field}`, field, 'format', {
      en: `${field} must be a real day written YYYY-MM-DD, not ${day}`,
      zh: `${field} 须为实际存在的日期（YYYY-MM-DD），不是 ${day}`,
    });
  }
  const year = Number(day.slice(0, 4));
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return undefined;

  return issue(`/${field}`, field, 'year-range', {
    en: `${field} must be a day in the years ${FIRST_YEAR} to ${LAST_YEAR}, not ${day}`,
    zh: `${field} 须为 ${FIRST_YEAR} 年至 ${LAST_YEAR} 年之间的日期，不是 ${day}`,
  });
}

/**
 * The stage table of the campaign that is to govern a project of `branchId`: a campaign of
 * that branch or of HQ, published, with a `power.stage-deadline` block. Else an issue.
 */
async function campaignStages(
  services: AppServices,
  campaignId: string,
  branchId: string,
  issues: InputIssue[],
): Promise<readonly ProjectStage[] | undefined> {
  const campaign = await services.repositories.campaigns.get(campaignId, {
    branchIds: [...new Set([branchId, HQ_BRANCH_ID])],
  });
  const stages = campaign && (await governingStages(services, [campaignId])).get(campaignId);
  if (stages !== undefined) return stages;

  const why =
    campaign === undefined
      ? {
          en: `there is no campaign ${campaignId} of branch ${branchId} or of HQ`,
          zh: `分支 ${branchId} 和总部都没有活动 ${campaignId}`,
        }
      : campaign.publishedVersion === undefined
        ? {
            en:
              `campaign ${campaignId} is not published yet: ` +
              'the stage table of its published version sets the deadlines',
            zh: `活动 ${campaignId} 尚未发布：环节时限以已发布版本为准`,
          }
        : {
            en:
              `campaign ${campaignId} has no stage table (block power.stage-deadline); ` +
              'make it from template power.connection-progress',
            zh:
              `活动 ${campaignId} 没有环节时限（积木 power.stage-deadline），` +
              '请用模板 power.connection-progress 创建',
          };
  issues.push(issue('/campaignId', 'campaignId', 'no-stage-table', why));

  return undefined;
}

function issue(
  path: string,
  field: string,
  keyword: string,
  message: { en: string; zh: string },
): InputIssue {
  return { path, field, keyword, message: { 'zh-CN': message.zh, en: message.en } };
}
