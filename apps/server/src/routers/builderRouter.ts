import type { CampaignDocument, LocalizedText } from '@campaign-studio/engine';
import type { CampaignEstimate } from '../estimates/CampaignEstimate.js';
import { estimatorFor } from '../estimates/estimators.js';
import { windowOverWarning } from '../lifecycle/windowOverWarning.js';
import type { InputIssue } from '../trpc/InputIssuesError.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { objectSchema, type DocumentInput } from './schemas.js';

interface BuilderInput {
  document: DocumentInput;
  /** The template params the document was made with, for costs the document does not hold. */
  templateParams?: Record<string, unknown>;
}

const builderInput = jsonSchemaInput<BuilderInput>({
  type: 'object',
  required: ['document'],
  additionalProperties: false,
  properties: { document: objectSchema, templateParams: objectSchema },
});

/** A problem as the builder lists it; warnings do not stop a save or a publish. */
export type BuilderIssue = InputIssue & { severity: 'error' | 'warning' };

export interface EstimateAnswer extends CampaignEstimate {
  /** Budget lines whose estimate exceeds the plan, as warnings for the problems list. */
  warnings: BuilderIssue[];
}

function overBudget(estimate: CampaignEstimate): BuilderIssue[] {
  return (estimate.budget?.rows ?? [])
    .filter((row) => row.over)
    .map((row) => {
      const message: LocalizedText = {
        'zh-CN': `预算项“${row.name['zh-CN']}”的估算超出计划`,
        en: `the estimate of budget line "${row.name.en}" exceeds its plan`,
      };
      return { path: '', keyword: 'over-budget', severity: 'warning', message };
    });
}

/**
 * What the visual builder asks while a campaign is edited: every problem of a draft document
 * (an answer, not an error, since drafts are expected to be incomplete) and its costs.
 */
export const builderRouter = router({
  validate: authedProcedure.input(builderInput).query(({ ctx, input }) => {
    const { engine } = ctx.services.registry;
    const issues = engine.validateCampaign(input.document);
    // Plugin lints read a valid document only; they warn and never block.
    const warnings =
      issues.length > 0
        ? []
        : ctx.services.registry
            .lint(input.document as unknown as CampaignDocument)
            .map((warning): BuilderIssue => ({
              path: warning.path,
              keyword: warning.code,
              message: warning.message,
              severity: 'warning',
            }));
    // Submit and approve refuse a window that is over; say so while the dates can change.
    const windowOver = windowOverWarning(input.document, ctx.services.clock());

    return {
      issues: [
        ...issues.map((issue): BuilderIssue => ({
          path: issue.path,
          keyword: issue.keyword,
          message: issue.message,
          severity: 'error',
          ...(issue.field === undefined ? {} : { field: issue.field }),
          ...(issue.block === undefined ? {} : { block: issue.block }),
        })),
        ...warnings,
        ...(windowOver === undefined ? [] : [{ ...windowOver, severity: 'warning' as const }]),
      ],
    };
  }),

  /** Costs from the rules (see estimators.ts); none for an invalid document. */
  estimate: authedProcedure.input(builderInput).query(({ ctx, input }): EstimateAnswer => {
    if (ctx.services.registry.engine.validateCampaign(input.document).length > 0) {
      return { lines: [], warnings: [] };
    }
    const document = input.document as unknown as CampaignDocument;
    const estimator = estimatorFor(document);
    if (estimator === undefined) return { lines: [], warnings: [] };

    const estimate = estimator(document, input.templateParams ?? {});
    return { ...estimate, warnings: overBudget(estimate) };
  }),
});
