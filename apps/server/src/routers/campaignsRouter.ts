import {
  inTransaction,
  type CampaignLifecycle,
  type CampaignRecord,
  type CampaignStatus,
  type UserRecord,
} from '@campaign-studio/storage';
import { canSeeBranch, visibleBranches } from '../access/branchScope.js';
import { ACTIONS, EDITOR_ROLES, PUBLISHER_ROLES, requireRole } from '../access/requireRole.js';
import type { AppServices } from '../AppServices.js';
import { auditChange, auditedFields } from '../audit/auditCampaignChange.js';
import { recordAudit } from '../audit/recordAudit.js';
import { requireTemplateExpansion } from '../bounds/requireTemplateExpansion.js';
import { requireWithinBounds } from '../bounds/requireWithinBounds.js';
import { toCampaignSummary } from '../campaigns/CampaignView.js';
import { createCampaign, fieldIssue, type CreateInput } from '../campaigns/createCampaign.js';
import { fillTemplateParams } from '../campaigns/fillTemplateParams.js';
import {
  findVisibleCampaign,
  nextVersion,
  staleRevision,
} from '../campaigns/findVisibleCampaign.js';
import { prepareDraft } from '../campaigns/prepareDraft.js';
import { publisherNames } from '../campaigns/publisherNames.js';
import { requireEditable } from '../campaigns/requireEditable.js';
import { publishDraft } from '../campaigns/publishDraft.js';
import { viewOf } from '../campaigns/viewOf.js';
import {
  LIFECYCLE_STATUSES,
  lifecycleStatus,
  type LifecycleStatus,
} from '../lifecycle/campaignLifecycle.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { campaignLifecycleProcedures } from './campaignLifecycleProcedures.js';
import { campaignVersionProcedures } from './campaignVersionProcedures.js';
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
  /** Only campaigns in these life-cycle statuses, e.g. `["submitted"]` for the approval queue. */
  lifecycle?: LifecycleStatus[];
}

const listInput = jsonSchemaInput<ListInput>({
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: ['draft', 'published'] },
    branchId: idSchema,
    lifecycle: { type: 'array', items: { enum: [...LIFECYCLE_STATUSES] }, maxItems: 6 },
  },
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
    const record = await inTransaction(ctx.services.database.db, async (tx) => {
      const created = await createCampaign({ ...ctx.services, repositories: tx }, ctx.user, input);
      await recordAudit(tx, {
        at: ctx.services.clock(),
        actor: ctx.user,
        branchId: created.branchId,
        entityType: 'campaign',
        entityId: created.id,
        action: 'create',
        after: auditedFields(created),
      });
      return created;
    });

    return viewOf(ctx.services, record);
  }),

  /** Replaces the draft; CONFLICT when `revision` is not the current one. */
  update: authedProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, ACTIONS.change);
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    requireEditable(current);
    const params =
      input.params === undefined
        ? undefined
        : await checkParams(ctx.services, ctx.user, current, input.params);
    const document = prepareDraft(
      ctx.services.registry.engine,
      input.document,
      { id: current.id, branchId: current.branchId, version: nextVersion(current) },
      '/document',
    );
    if (current.templateId !== undefined) {
      requireTemplateExpansion(
        ctx.services,
        ctx.user,
        { ...current, templateId: current.templateId, name: document.name },
        params ?? current.templateParams ?? {},
        document,
        '/document',
      );
    }
    const record = await inTransaction(ctx.services.database.db, async (tx) => {
      const updated = await tx.campaigns.update(input.id, input.revision, {
        name: document.name,
        document: document as unknown as Record<string, unknown>,
        ...(params === undefined ? {} : { templateParams: params }),
      });
      await auditChange(ctx.services, tx, ctx.user, 'update', current, updated);
      return updated;
    });

    return viewOf(ctx.services, record);
  }),

  get: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    return viewOf(ctx.services, await findVisibleCampaign(ctx.services, ctx.user, input.id));
  }),

  /** Summaries (no document) of the campaigns the user may see, newest change first. */
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    const visible = visibleBranches(ctx.user);
    if (input.branchId !== undefined && !canSeeBranch(ctx.user, input.branchId)) return [];

    const branchIds = input.branchId === undefined ? visible : [input.branchId];
    const { campaigns } = ctx.services.repositories;
    const stored = input.lifecycle === undefined ? undefined : storedLifecycles(input.lifecycle);
    const records = await campaigns.list({
      ...(branchIds === undefined ? {} : { branchIds }),
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(stored === undefined ? {} : { lifecycle: stored }),
    });
    const published = await campaigns.publishedDocuments(
      records.filter((record) => record.publishedVersion !== undefined).map((record) => record.id),
    );
    const now = ctx.services.clock();
    const summaries = records.map((record) =>
      toCampaignSummary(record, now, published.get(record.id)),
    );
    const wanted = input.lifecycle;
    return wanted === undefined
      ? summaries
      : summaries.filter(
          (summary) =>
            wanted.includes(summary.lifecycle) ||
            (summary.changeSubmitted && wanted.includes('submitted')),
        );
  }),

  /**
   * Approves now: validates the draft and freezes it as the next version, which `evaluate`
   * then uses. A draft or submitted campaign becomes approved; a live one keeps its status.
   * A draft that is the same as the published version is refused: there is nothing to publish.
   */
  publish: authedProcedure.input(publishInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, PUBLISHER_ROLES, ACTIONS.publish);
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    if (current.revision !== input.revision) throw staleRevision(current, input.revision);
    if (current.lifecycle === 'ended') throw endedCampaign(current.id);

    const now = ctx.services.clock();
    const published =
      current.publishedVersion === undefined
        ? undefined
        : (await ctx.services.repositories.campaigns.publishedDocuments([current.id])).get(
            current.id,
          );
    const from = lifecycleStatus(current, published, now);
    const to: CampaignLifecycle =
      current.lifecycle === 'draft' || current.lifecycle === 'submitted'
        ? 'approved'
        : current.lifecycle;
    const record = await inTransaction(ctx.services.database.db, async (tx) => {
      const changed = await publishDraft(ctx.services, tx, ctx.user, current, input.revision, to);
      await tx.campaignEvents.record({
        campaignId: current.id,
        at: now,
        actorId: ctx.user.id,
        from,
        to,
        ...(changed.publishedVersion === undefined ? {} : { version: changed.publishedVersion }),
      });
      await auditChange(ctx.services, tx, ctx.user, 'publish', current, changed);
      return changed;
    });

    return viewOf(ctx.services, record);
  }),

  /** Every published version, oldest first. */
  versions: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    const versions = await ctx.services.repositories.campaigns.versions(current.id);
    const names = await publisherNames(
      ctx.services.repositories,
      versions.map((version) => version.publishedBy),
    );

    return versions.map((version) => {
      const name = version.publishedBy === undefined ? undefined : names.get(version.publishedBy);
      return {
        ...version,
        publishedAt: version.publishedAt.toISOString(),
        ...(name === undefined ? {} : { publishedByName: name }),
      };
    });
  }),

  ...campaignLifecycleProcedures,
  ...campaignVersionProcedures,
});

/** The stored statuses that can show as the wanted ones (scheduled / running are approved). */
function storedLifecycles(wanted: readonly LifecycleStatus[]): CampaignLifecycle[] {
  const stored = new Set<CampaignLifecycle>();
  for (const status of wanted) {
    if (status === 'scheduled' || status === 'running' || status === 'ended') {
      stored.add('approved');
    }
    if (status !== 'scheduled' && status !== 'running') stored.add(status);
  }
  return [...stored];
}

/** New params of a template campaign: checked against its template and HQ's bounds. */
async function checkParams(
  services: AppServices,
  user: UserRecord,
  current: CampaignRecord,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
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

  const filled = fillTemplateParams(template, params);
  await requireWithinBounds(services, user, template, filled);
  return filled;
}

function endedCampaign(id: string) {
  return localizedError(
    'CONFLICT',
    `Campaign "${id}" has ended; an ended campaign cannot be published again.`,
    `活动 ${id} 已结束，不能再发布。`,
    'wrong-status',
  );
}
