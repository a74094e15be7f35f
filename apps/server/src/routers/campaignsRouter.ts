import { TRPCError } from '@trpc/server';
import type { LocalizedText } from '@campaign-studio/engine';
import type { CampaignRecord, CampaignStatus, UserRecord } from '@campaign-studio/storage';
import { branchForWrite, canSeeBranch, visibleBranches } from '../access/branchScope.js';
import { EDITOR_ROLES, PUBLISHER_ROLES, requireRole } from '../access/requireRole.js';
import type { AppServices } from '../AppServices.js';
import { toCampaignSummary, toCampaignView } from '../campaigns/CampaignView.js';
import { newCampaignId } from '../campaigns/newCampaignId.js';
import { prepareDraft } from '../campaigns/prepareDraft.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import {
  idSchema,
  localizedTextSchema,
  objectSchema,
  revisionSchema,
  type DocumentInput,
} from './schemas.js';
import { requireTemplate } from './templatesRouter.js';

interface CreateInput {
  templateId?: string;
  params?: Record<string, unknown>;
  document?: DocumentInput;
  name?: LocalizedText;
  /** For a template: the new campaign's id (generated when absent). */
  id?: string;
  branchId?: string;
}

const createInput = jsonSchemaInput<CreateInput>({
  type: 'object',
  additionalProperties: false,
  properties: {
    templateId: idSchema,
    params: objectSchema,
    document: objectSchema,
    name: localizedTextSchema,
    id: idSchema,
    branchId: idSchema,
  },
});

interface UpdateInput {
  id: string;
  revision: number;
  document: DocumentInput;
  params?: Record<string, unknown>;
}

const updateInput = jsonSchemaInput<UpdateInput>({
  type: 'object',
  required: ['id', 'revision', 'document'],
  additionalProperties: false,
  properties: {
    id: idSchema,
    revision: revisionSchema,
    document: objectSchema,
    params: objectSchema,
  },
});

const idInput = jsonSchemaInput<{ id: string }>({
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: idSchema },
});

interface ListInput {
  status?: CampaignStatus;
  branchId?: string;
}

const listInput = jsonSchemaInput<ListInput>({
  type: 'object',
  additionalProperties: false,
  properties: { status: { enum: ['draft', 'published'] }, branchId: idSchema },
});

const publishInput = jsonSchemaInput<{ id: string; revision: number }>({
  type: 'object',
  required: ['id', 'revision'],
  additionalProperties: false,
  properties: { id: idSchema, revision: revisionSchema },
});

export const campaignsRouter = router({
  create: authedProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, 'create campaigns');
    const record = await createCampaign(ctx.services, ctx.user, input);

    return toCampaignView(record);
  }),

  /** Replaces the draft; CONFLICT when `revision` is not the current one. */
  update: authedProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, 'change campaigns');
    const current = await findVisible(ctx.services, ctx.user, input.id);
    const document = prepareDraft(
      ctx.services.registry.engine,
      input.document,
      { id: current.id, branchId: current.branchId, version: nextVersion(current) },
      '/document',
    );
    const record = await ctx.services.repositories.campaigns.update(input.id, input.revision, {
      name: document.name,
      document: document as unknown as Record<string, unknown>,
      ...(input.params === undefined ? {} : { templateParams: input.params }),
    });

    return toCampaignView(record);
  }),

  get: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    return toCampaignView(await findVisible(ctx.services, ctx.user, input.id));
  }),

  /** Summaries (no document) of the campaigns the user may see, newest change first. */
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    const visible = visibleBranches(ctx.user);
    if (input.branchId !== undefined && !canSeeBranch(ctx.user, input.branchId)) return [];

    const branchIds = input.branchId === undefined ? visible : [input.branchId];
    const records = await ctx.services.repositories.campaigns.list({
      ...(branchIds === undefined ? {} : { branchIds }),
      ...(input.status === undefined ? {} : { status: input.status }),
    });
    return records.map(toCampaignSummary);
  }),

  /** Validates the draft and freezes it as the next version, which `evaluate` then uses. */
  publish: authedProcedure.input(publishInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, PUBLISHER_ROLES, 'publish campaigns');
    const { engine } = ctx.services.registry;
    const current = await findVisible(ctx.services, ctx.user, input.id);
    // The frozen copy is the draft read here, so it must be the revision the caller saw.
    if (current.revision !== input.revision) throw staleRevision(current, input.revision);

    const record = await ctx.services.repositories.campaigns.publish(current.id, input.revision, {
      publishedBy: ctx.user.id,
      documentFor: (version) => {
        const frozen = { ...current.document, version };
        // Throws EngineError: the transaction rolls back and no version is left behind.
        engine.compile(frozen);
        return frozen;
      },
    });
    ctx.services.logger.info(
      { campaignId: record.id, version: record.publishedVersion, by: ctx.user.username },
      'campaign published',
    );

    return toCampaignView(record);
  }),

  /** Every published version, oldest first. */
  versions: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    const current = await findVisible(ctx.services, ctx.user, input.id);
    const versions = await ctx.services.repositories.campaigns.versions(current.id);

    return versions.map((version) => ({
      ...version,
      publishedAt: version.publishedAt.toISOString(),
    }));
  }),
});

async function createCampaign(
  services: AppServices,
  user: UserRecord,
  input: CreateInput,
): Promise<CampaignRecord> {
  const { registry, repositories } = services;
  const branchId = branchForWrite(user, input.branchId ?? stringField(input.document?.branchId));
  if ((await repositories.branches.get(branchId)) === undefined) {
    const zh = `没有分支 ${branchId}`;
    throw fieldIssue('/branchId', 'branchId', `there is no branch ${branchId}`, zh);
  }

  if (input.templateId !== undefined && input.document === undefined) {
    const template = registry.template(input.templateId);
    requireTemplate(template !== undefined, input.templateId);
    const id = input.id ?? newCampaignId(input.templateId);
    const params = input.params ?? {};
    // Sets id, branch, version 1 and name, and validates: the document is ready to store.
    const document = registry.instantiate(input.templateId, params, {
      campaignId: id,
      branchId,
      ...(input.name === undefined ? {} : { name: input.name }),
    });

    return repositories.campaigns.create({
      id,
      branchId,
      plugin: document.plugin ?? input.templateId.split('.')[0] ?? 'core',
      templateId: input.templateId,
      templateVersion: template?.version ?? 1,
      templateParams: params,
      name: document.name,
      document: document as unknown as Record<string, unknown>,
      createdBy: user.id,
    });
  }

  if (input.document !== undefined && input.templateId === undefined) {
    const id = stringField(input.document.id) ?? input.id;
    if (id === undefined) {
      throw fieldIssue('/document/id', 'id', 'id is required', '缺少必填项 id');
    }

    const document = prepareDraft(
      registry.engine,
      input.document,
      { id, branchId, version: 1, ...(input.name === undefined ? {} : { name: input.name }) },
      '/document',
    );
    return repositories.campaigns.create({
      id,
      branchId,
      plugin: document.plugin ?? 'core',
      ...(document.template === undefined
        ? {}
        : { templateId: document.template.id, templateVersion: document.template.version }),
      name: document.name,
      document: document as unknown as Record<string, unknown>,
      createdBy: user.id,
    });
  }

  throw fieldIssue(
    '/templateId',
    'templateId',
    'give either templateId (with params) or document, not both',
    '请提供模板 templateId（及参数）或活动文档 document，二者选一',
  );
}

/** The campaign if the user may see it; another branch's campaign is NOT_FOUND, not FORBIDDEN. */
async function findVisible(
  services: AppServices,
  user: UserRecord,
  id: string,
): Promise<CampaignRecord> {
  const branchIds = visibleBranches(user);
  const record = await services.repositories.campaigns.get(
    id,
    branchIds === undefined ? {} : { branchIds },
  );
  if (record !== undefined) return record;

  throw new TRPCError({ code: 'NOT_FOUND', message: `id: there is no campaign "${id}".` });
}

function staleRevision(current: CampaignRecord, revision: number): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message:
      `revision: campaign "${current.id}" is at revision ${current.revision}, not ${revision}; ` +
      'reload it and try again.',
  });
}

function nextVersion(record: CampaignRecord): number {
  return (record.publishedVersion ?? 0) + 1;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fieldIssue(path: string, field: string, en: string, zh: string): InputIssuesError {
  return new InputIssuesError([{ path, field, keyword: 'invalid', message: { 'zh-CN': zh, en } }]);
}
