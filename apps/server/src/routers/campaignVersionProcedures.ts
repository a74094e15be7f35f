import { inTransaction } from '@campaign-studio/storage';
import { ACTIONS, EDITOR_ROLES, requireRole } from '../access/requireRole.js';
import { auditChange } from '../audit/auditCampaignChange.js';
import { requireTemplateExpansion } from '../bounds/requireTemplateExpansion.js';
import { requireWithinBounds } from '../bounds/requireWithinBounds.js';
import { fieldIssue } from '../campaigns/createCampaign.js';
import { fillTemplateParams } from '../campaigns/fillTemplateParams.js';
import {
  findVisibleCampaign,
  nextVersion,
  staleRevision,
} from '../campaigns/findVisibleCampaign.js';
import { requireEditable } from '../campaigns/requireEditable.js';
import { templateChanges } from '../campaigns/templateChanges.js';
import { viewOf } from '../campaigns/viewOf.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure } from '../trpc/trpc.js';
import { idSchema, revisionSchema } from './schemas.js';

const versionSchema = { type: 'integer', minimum: 1, maximum: 1_000_000 } as const;

const versionInput = jsonSchemaInput<{ id: string; version: number }>({
  type: 'object',
  required: ['id', 'version'],
  additionalProperties: false,
  properties: { id: idSchema, version: versionSchema },
});

const restoreInput = jsonSchemaInput<{ id: string; version: number; revision: number }>({
  type: 'object',
  required: ['id', 'version', 'revision'],
  additionalProperties: false,
  properties: { id: idSchema, version: versionSchema, revision: revisionSchema },
});

const idInput = jsonSchemaInput<{ id: string }>({
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: idSchema },
});

const takeInput = jsonSchemaInput<{ id: string; revision: number }>({
  type: 'object',
  required: ['id', 'revision'],
  additionalProperties: false,
  properties: { id: idSchema, revision: revisionSchema },
});

/** Published versions and template versions of a campaign, merged into the campaigns router. */
export const campaignVersionProcedures = {
  /** One published version with its document. */
  version: authedProcedure.input(versionInput).query(async ({ ctx, input }) => {
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    const found = await ctx.services.repositories.campaigns.version(current.id, input.version);
    if (found === undefined) throw noVersion(current.id, input.version);

    return { ...found, publishedAt: found.publishedAt.toISOString() };
  }),

  /**
   * The draft becomes that version's document, as a new revision; publishing it makes a new
   * version. Nothing published is overwritten.
   */
  restore: authedProcedure.input(restoreInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, ACTIONS.restore);
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    if (current.revision !== input.revision) throw staleRevision(current, input.revision);
    requireEditable(current);
    const found = await ctx.services.repositories.campaigns.version(current.id, input.version);
    if (found === undefined) throw noVersion(current.id, input.version);
    if (current.templateId !== undefined) {
      // The params stay as they are, so the version must be what they make.
      requireTemplateExpansion(
        ctx.services,
        ctx.user,
        { ...current, templateId: current.templateId },
        current.templateParams ?? {},
        found.document,
        '/version',
      );
    }

    const document = { ...found.document, version: nextVersion(current) };
    const record = await inTransaction(ctx.services.database.db, async (tx) => {
      const restored = await tx.campaigns.update(current.id, input.revision, {
        name: (found.document.name as typeof current.name | undefined) ?? current.name,
        document,
      });
      await auditChange(
        ctx.services,
        tx,
        ctx.user,
        `restore-version-${input.version}`,
        current,
        restored,
      );
      return restored;
    });

    return viewOf(ctx.services, record);
  }),

  /** What changed between the template version the campaign was made from and the latest. */
  templateChanges: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);

    return templateChanges(ctx.services, current);
  }),

  /**
   * Re-makes the draft from the latest template version with the campaign's params. Params
   * the new version (or HQ's bounds) no longer accepts are refused, by field.
   */
  takeTemplateChange: authedProcedure.input(takeInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, ACTIONS.change);
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    if (current.revision !== input.revision) throw staleRevision(current, input.revision);
    requireEditable(current);
    const template =
      current.templateId === undefined
        ? undefined
        : ctx.services.registry.template(current.templateId);
    if (template === undefined) {
      throw fieldIssue(
        '/id',
        'id',
        'this campaign was not made from a template of a loaded plugin',
        '该活动不是由已加载插件的模板创建的',
      );
    }

    const params = fillTemplateParams(template, current.templateParams ?? {});
    await requireWithinBounds(ctx.services, ctx.user, template, params);
    const made = ctx.services.registry.instantiate(template.id, params, {
      campaignId: current.id,
      branchId: current.branchId,
      name: current.name,
    });
    const document = { ...made, version: nextVersion(current) };
    const record = await inTransaction(ctx.services.database.db, async (tx) => {
      const taken = await tx.campaigns.update(current.id, input.revision, {
        name: document.name,
        document: document as unknown as Record<string, unknown>,
        templateParams: params,
        templateVersion: template.version,
      });
      await auditChange(ctx.services, tx, ctx.user, 'take-template-change', current, taken);
      return taken;
    });

    return viewOf(ctx.services, record);
  }),
};

function noVersion(id: string, version: number) {
  return localizedError(
    'NOT_FOUND',
    `version: campaign "${id}" has no published version ${version}; campaigns.versions lists them.`,
    `version：活动 ${id} 没有已发布的第 ${version} 版。`,
    'no-version',
  );
}
