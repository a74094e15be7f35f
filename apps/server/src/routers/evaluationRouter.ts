import { visibleBranches } from '../access/branchScope.js';
import { checkContextBranch } from '../evaluation/checkContextBranch.js';
import { evaluateWithLedgerTotals } from '../redemption/evaluateWithLedger.js';
import { parseContext } from '../evaluation/parseContext.js';
import type { UserRecord } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { InputIssuesError, underPath } from '../trpc/InputIssuesError.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure, publicProcedure } from '../trpc/trpc.js';
import { idSchema, objectSchema, type ContextInput, type DocumentInput } from './schemas.js';

interface EvaluateInput {
  context: ContextInput;
  explain?: boolean;
}

const evaluateInput = jsonSchemaInput<EvaluateInput>({
  type: 'object',
  required: ['context'],
  additionalProperties: false,
  properties: { context: objectSchema, explain: { type: 'boolean' } },
});

interface SimulateInput extends EvaluateInput {
  document?: DocumentInput;
  campaignId?: string;
}

const simulateInput = jsonSchemaInput<SimulateInput>({
  type: 'object',
  required: ['context'],
  additionalProperties: false,
  properties: {
    context: objectSchema,
    explain: { type: 'boolean' },
    document: objectSchema,
    campaignId: idSchema,
  },
});

/**
 * What would apply to an order, and why, over the published campaigns in scope. A dry run:
 * nothing is reserved. A mutation (POST with a JSON body) because checkout contexts are too
 * large for a URL.
 */
export const evaluateProcedure = publicProcedure
  .input(evaluateInput)
  .mutation(async ({ ctx, input }) => {
    const context = parseContext(ctx.services.registry.engine, input.context);
    await checkContextBranch(ctx.services, context);

    // What the ledger has left, and the customer's paid total of the day, as redeem sees them.
    const explain = input.explain ?? true;
    return (await evaluateWithLedgerTotals(ctx.services, context, { explain })).result;
  });

/** One campaign against a context: a saved campaign's draft, or a document not yet saved. */
export const simulateProcedure = authedProcedure
  .input(simulateInput)
  .mutation(async ({ ctx, input }) => {
    const { engine } = ctx.services.registry;
    const context = parseContext(engine, input.context);
    await checkContextBranch(ctx.services, context);
    const document = await documentToSimulate(ctx.services, ctx.user, input);

    return engine.evaluate([engine.compile(document)], context, {
      explain: input.explain ?? true,
    });
  });

async function documentToSimulate(
  services: AppServices,
  user: UserRecord,
  input: SimulateInput,
): Promise<DocumentInput> {
  if ((input.document === undefined) === (input.campaignId === undefined)) {
    throw new InputIssuesError([
      {
        path: '/document',
        field: 'document',
        keyword: 'one-of',
        message: {
          'zh-CN': '请提供活动文档 document 或活动编号 campaignId，二者选一',
          en: 'give either document or campaignId, not both',
        },
      },
    ]);
  }

  if (input.document !== undefined) {
    const issues = services.registry.engine.validateCampaign(input.document);
    if (issues.length > 0) {
      throw new InputIssuesError(underPath('/document', issues), 'INVALID_CAMPAIGN');
    }
    return input.document;
  }

  const branchIds = visibleBranches(user);
  const campaignId = input.campaignId ?? '';
  const record = await services.repositories.campaigns.get(
    campaignId,
    branchIds === undefined ? {} : { branchIds },
  );
  if (record === undefined) {
    throw localizedError(
      'NOT_FOUND',
      `campaignId: no campaign "${campaignId}".`,
      `campaignId：没有活动 ${campaignId}。`,
      'no-campaign',
    );
  }

  return record.document;
}
