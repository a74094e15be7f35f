import type { CampaignRecord, CampaignStatus, UserRecord } from '@campaign-studio/storage';
import { canSeeBranch, visibleBranches } from '../access/branchScope.js';
import { ACTIONS, EDITOR_ROLES, PUBLISHER_ROLES, requireRole } from '../access/requireRole.js';
import type { AppServices } from '../AppServices.js';
import { toCampaignSummary, toCampaignView, type CampaignView } from '../campaigns/CampaignView.js';
import { createCampaign, fieldIssue, type CreateInput } from '../campaigns/createCampaign.js';
import { fillTemplateParams } from '../campaigns/fillTemplateParams.js';
import { hasUnpublishedChanges } from '../campaigns/hasUnpublishedChanges.js';
import { prepareDraft } from '../campaigns/prepareDraft.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import {
  idSchema,
  localizedTextSchema,
  objectSchema,
  revisionSchema,
  type DocumentInput,
} from './schemas.js';

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
    requireRole(ctx.user, EDITOR_ROLES, ACTIONS.create);
    const record = await createCampaign(ctx.services, ctx.user, input);

    return toCampaignView(record);
  }),

  /** Replaces the draft; CONFLICT when `revision` is not the current one. */
  update: authedProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, ACTIONS.change);
    const current = await findVisible(ctx.services, ctx.user, input.id);
    const params =
      input.params === undefined ? undefined : checkParams(ctx.services, current, input.params);
    const document = prepareDraft(
      ctx.services.registry.engine,
      input.document,
      { id: current.id, branchId: current.branchId, version: nextVersion(current) },
      '/document',
    );
    const record = await ctx.services.repositories.campaigns.update(input.id, input.revision, {
      name: document.name,
      document: document as unknown as Record<string, unknown>,
      ...(params === undefined ? {} : { templateParams: params }),
    });

    return viewOf(ctx.services, record);
  }),

  get: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    return viewOf(ctx.services, await findVisible(ctx.services, ctx.user, input.id));
  }),

  /** Summaries (no document) of the campaigns the user may see, newest change first. */
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    const visible = visibleBranches(ctx.user);
    if (input.branchId !== undefined && !canSeeBranch(ctx.user, input.branchId)) return [];

    const branchIds = input.branchId === undefined ? visible : [input.branchId];
    const { campaigns } = ctx.services.repositories;
    const records = await campaigns.list({
      ...(branchIds === undefined ? {} : { branchIds }),
      ...(input.status === undefined ? {} : { status: input.status }),
    });
    const published = await campaigns.publishedDocuments(
      records.filter((record) => record.publishedVersion !== undefined).map((record) => record.id),
    );
    return records.map((record) => toCampaignSummary(record, published.get(record.id)));
  }),

  /**
   * Validates the draft and freezes it as the next version, which `evaluate` then uses. A draft
   * that is the same as the published version is refused: there is nothing to publish.
   */
  publish: authedProcedure.input(publishInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, PUBLISHER_ROLES, ACTIONS.publish);
    const { engine } = ctx.services.registry;
    const { campaigns } = ctx.services.repositories;
    const current = await findVisible(ctx.services, ctx.user, input.id);
    // The frozen copy is the draft read here, so it must be the revision the caller saw.
    if (current.revision !== input.revision) throw staleRevision(current, input.revision);
    if (current.publishedVersion !== undefined) {
      const published = (await campaigns.publishedDocuments([current.id])).get(current.id);
      if (!hasUnpublishedChanges(current.document, published)) {
        throw nothingToPublish(current.id, current.publishedVersion);
      }
    }

    const record = await campaigns.publish(current.id, input.revision, {
      publishedBy: ctx.user.id,
      documentFor: (version) => {
        const frozen = { ...current.document, version };
        // Throws EngineError: the transaction rolls back and no version is left behind.
        engine.compile(frozen);
        return frozen;
      },
      // The draft goes on as the version it will be when published next.
      draftAfter: (version, frozen) => ({ ...frozen, version: version + 1 }),
    });
    ctx.services.logger.info(
      { campaignId: record.id, version: record.publishedVersion, by: ctx.user.username },
      'campaign published',
    );

    return viewOf(ctx.services, record);
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

async function viewOf(services: AppServices, record: CampaignRecord): Promise<CampaignView> {
  if (record.publishedVersion === undefined) return toCampaignView(record);
  const published = await services.repositories.campaigns.publishedDocuments([record.id]);

  return toCampaignView(record, published.get(record.id));
}

/** New params of a template campaign, checked against its template and with defaults filled. */
function checkParams(
  services: AppServices,
  current: CampaignRecord,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const template =
    current.templateId === undefined ? undefined : services.registry.template(current.templateId);
  if (template === undefined) {
    throw fieldIssue(
      '/params',
      'params',
      'this campaign was not made from a template (of a loaded plugin), so it has no params',
      '该活动不是由（已加载插件的）模板创建的，没有模板参数',
    );
  }

  return fillTemplateParams(template, params);
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

  throw localizedError(
    'NOT_FOUND',
    `id: there is no campaign "${id}".`,
    `id：没有活动 ${id}。`,
    'no-campaign',
  );
}

function staleRevision(current: CampaignRecord, revision: number) {
  return localizedError(
    'CONFLICT',
    `revision: campaign "${current.id}" is at revision ${current.revision}, not ${revision}; ` +
      'reload it and try again.',
    `revision：活动 ${current.id} 已是第 ${current.revision} 次修改，不是第 ${revision} 次；` +
      '请刷新后重试。',
    'stale-revision',
  );
}

function nothingToPublish(id: string, version: number) {
  return localizedError(
    'CONFLICT',
    `campaign "${id}" has no unpublished changes: its draft is published version ${version}.`,
    `活动 ${id} 没有未发布的修改：草稿与已发布的第 ${version} 版相同。`,
    'nothing-to-publish',
  );
}

function nextVersion(record: CampaignRecord): number {
  return (record.publishedVersion ?? 0) + 1;
}
