import { visibleBranches } from '../access/branchScope.js';
import { requireRole, EDITOR_ROLES, type RoleAction } from '../access/requireRole.js';
import { governingStages } from '../projects/governingStages.js';
import { projectNotFound } from '../projects/projectNotFound.js';
import { toProjectView, toStageAlertView } from '../projects/ProjectView.js';
import { dayIssue, recordStage, type RecordStageInput } from '../projects/recordStage.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { INPUT_HINTS } from '../trpc/inputHints.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { idSchema, lowerCaseId } from './schemas.js';

const RECORD_STAGES: RoleAction = { en: 'record project stages', zh: '登记工程环节' };

const daySchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  'x-hint': INPUT_HINTS.day,
} as const;
const nameSchema = { type: 'string', minLength: 1, maxLength: 200 } as const;

const recordStageInput = jsonSchemaInput<RecordStageInput>({
  type: 'object',
  required: ['id', 'stage', 'startedOn'],
  additionalProperties: false,
  properties: {
    id: idSchema,
    stage: { type: 'string', minLength: 1, maxLength: 100, ...lowerCaseId },
    startedOn: daySchema,
    finishedOn: daySchema,
    campaignId: idSchema,
    customer: nameSchema,
    accountManager: nameSchema,
    branchId: idSchema,
  },
});

const idInput = jsonSchemaInput<{ id: string }>({
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: idSchema },
});

const alertsInput = jsonSchemaInput<{ projectId?: string; day?: string }>({
  type: 'object',
  additionalProperties: false,
  properties: { projectId: idSchema, day: daySchema },
});

/** W2's connection projects of the branches the user may see. */
export const projectsRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const branchIds = visibleBranches(ctx.user);
    const records = await ctx.services.repositories.connectionProjects.list(
      branchIds === undefined ? {} : { branchIds },
    );
    const tables = await governingStages(
      ctx.services,
      records.map((record) => record.campaignId),
    );

    return records.map((record) => toProjectView(record, tables.get(record.campaignId)));
  }),

  /** One project with its alerts, latest first; another branch's project is NOT_FOUND. */
  get: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    const branchIds = visibleBranches(ctx.user);
    const { connectionProjects, stageAlerts } = ctx.services.repositories;
    const record = await connectionProjects.get(
      input.id,
      branchIds === undefined ? {} : { branchIds },
    );
    if (record === undefined) throw projectNotFound(input.id);

    const tables = await governingStages(ctx.services, [record.campaignId]);
    const alerts = await stageAlerts.list({ projectId: record.id });
    return {
      ...toProjectView(record, tables.get(record.campaignId)),
      alerts: alerts.map(toStageAlertView),
    };
  }),

  /** Creates the project or records the stage it is in; see docs/api.md. */
  recordStage: authedProcedure.input(recordStageInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, RECORD_STAGES);
    const { record, stages } = await recordStage(ctx.services, ctx.user, input);
    ctx.services.logger.info(
      { projectId: record.id, stage: record.stage, by: ctx.user.username },
      'project stage recorded',
    );

    return toProjectView(record, stages);
  }),
});

/** The alerts of the daily stage check, for the projects the user may see. */
export const alertsRouter = router({
  list: authedProcedure.input(alertsInput).query(async ({ ctx, input }) => {
    const wrongDay = input.day === undefined ? undefined : dayIssue('day', input.day);
    if (wrongDay !== undefined) throw new InputIssuesError([wrongDay]);
    const branchIds = visibleBranches(ctx.user);
    const alerts = await ctx.services.repositories.stageAlerts.list({
      ...input,
      ...(branchIds === undefined ? {} : { branchIds }),
    });

    return alerts.map(toStageAlertView);
  }),
});
