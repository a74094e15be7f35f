import { inTransaction } from '@campaign-studio/storage';
import type { ParamBound } from '@campaign-studio/sdk';
import { branchForWrite } from '../access/branchScope.js';
import { ACTIONS, EDITOR_ROLES, HQ_ADMIN, requireRole } from '../access/requireRole.js';
import { recordAudit } from '../audit/recordAudit.js';
import { checkNewBounds } from '../bounds/checkNewBounds.js';
import { effectiveBounds } from '../bounds/effectiveBounds.js';
import { requireWithinBounds } from '../bounds/requireWithinBounds.js';
import { fillTemplateParams } from '../campaigns/fillTemplateParams.js';
import { newCampaignId } from '../campaigns/newCampaignId.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { requireBranch } from '../campaigns/requireBranch.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { idSchema, objectSchema } from './schemas.js';

export interface InstantiateInput {
  templateId: string;
  params?: Record<string, unknown>;
  branchId?: string;
}

export const instantiateInputSchema = {
  type: 'object',
  required: ['templateId'],
  additionalProperties: false,
  properties: { templateId: idSchema, params: objectSchema, branchId: idSchema },
} as const;

const instantiateInput = jsonSchemaInput<InstantiateInput>(instantiateInputSchema);

const templateIdInput = jsonSchemaInput<{ templateId: string }>({
  type: 'object',
  required: ['templateId'],
  additionalProperties: false,
  properties: { templateId: idSchema },
});

const boundSchema = {
  type: 'object',
  required: ['mode'],
  additionalProperties: false,
  properties: {
    mode: { enum: ['locked', 'free', 'bounded'] },
    min: { type: 'number' },
    max: { type: 'number' },
    allowed: { type: 'array', maxItems: 200 },
    keepItems: { type: 'boolean' },
  },
} as const;

interface SetBoundsInput {
  templateId: string;
  bounds: Record<string, ParamBound>;
}

const setBoundsInput = jsonSchemaInput<SetBoundsInput>({
  type: 'object',
  required: ['templateId', 'bounds'],
  additionalProperties: false,
  properties: {
    templateId: idSchema,
    bounds: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { maxLength: 100 },
      additionalProperties: boundSchema,
    },
  },
});

export const templatesRouter = router({
  /**
   * The campaign a template makes with these params (defaults filled in); only the audit
   * entry is saved. Editors only, as for `campaigns.create`.
   */
  instantiate: authedProcedure.input(instantiateInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, EDITOR_ROLES, ACTIONS.create);
    const { registry } = ctx.services;
    const template = registry.template(input.templateId);
    requireTemplate(template !== undefined, input.templateId);
    const branchId = branchForWrite(ctx.user, input.branchId);
    await requireBranch(ctx.services, branchId);
    if (template !== undefined) {
      const filled = fillTemplateParams(template, input.params ?? {});
      await requireWithinBounds(ctx.services, ctx.user, template, filled);
    }
    const document = registry.instantiate(input.templateId, input.params ?? {}, {
      campaignId: newCampaignId(input.templateId),
      branchId,
    });
    await recordAudit(ctx.services.repositories, {
      at: ctx.services.clock(),
      actor: ctx.user,
      branchId,
      entityType: 'template',
      entityId: input.templateId,
      action: 'instantiate',
      after: { params: input.params ?? {}, campaignId: document.id },
    });

    return { document };
  }),

  /** What branches may do with each param: HQ's bounds, else the template file's. */
  bounds: authedProcedure.input(templateIdInput).query(async ({ ctx, input }) => {
    const template = ctx.services.registry.template(input.templateId);
    requireTemplate(template !== undefined, input.templateId);

    return effectiveBounds(ctx.services.repositories, template!);
  }),

  /** HQ replaces a template's bounds; params not listed are free. */
  setBounds: authedProcedure.input(setBoundsInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, HQ_ADMIN, ACTIONS.setBounds);
    const template = ctx.services.registry.template(input.templateId);
    requireTemplate(template !== undefined, input.templateId);
    const issues = checkNewBounds(template!, input.bounds);
    if (issues.length > 0) throw new InputIssuesError(issues, 'INVALID_BOUNDS');

    const now = ctx.services.clock();
    await inTransaction(ctx.services.database.db, async (tx) => {
      const before = await effectiveBounds(tx, template!);
      await tx.templateBounds.set(input.templateId, input.bounds, now, ctx.user.id);
      await recordAudit(tx, {
        at: now,
        actor: ctx.user,
        entityType: 'template',
        entityId: input.templateId,
        action: 'set-bounds',
        before: { bounds: before.bounds },
        after: { bounds: input.bounds },
      });
    });

    return effectiveBounds(ctx.services.repositories, template!);
  }),
});

/** Unknown template ids are an input mistake, reported on the `templateId` field. */
export function requireTemplate(found: boolean, templateId: string): void {
  if (found) return;

  throw new InputIssuesError([
    {
      path: '/templateId',
      field: 'templateId',
      keyword: 'unknown-template',
      message: {
        'zh-CN': `没有模板 ${templateId}`,
        en: `there is no template ${templateId}; registry.get lists them`,
      },
    },
  ]);
}
