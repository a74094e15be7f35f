import { branchForWrite } from '../access/branchScope.js';
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

export const templatesRouter = router({
  /** The campaign a template makes with these params (defaults filled in); nothing is saved. */
  instantiate: authedProcedure.input(instantiateInput).mutation(async ({ ctx, input }) => {
    const { registry } = ctx.services;
    requireTemplate(registry.template(input.templateId) !== undefined, input.templateId);
    const branchId = branchForWrite(ctx.user, input.branchId);
    await requireBranch(ctx.services, branchId);
    const document = registry.instantiate(input.templateId, input.params ?? {}, {
      campaignId: newCampaignId(input.templateId),
      branchId,
    });

    return { document };
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
