import { CampaignSet } from './compile/campaign-set.js';
import type { CompiledCampaign } from './compile/compiled.js';
import { compileCampaign } from './compile/compile-campaign.js';
import { EngineError, type ValidationIssue } from './errors.js';
import { evaluateCampaigns, type EvaluateOptions } from './evaluate/evaluate-campaigns.js';
import type {
  AnyBlock,
  CampaignDocument,
  EvaluationContext,
  EvaluationResult,
} from './types/index.js';
import { sharedSchemaValidators } from './validation/schema-validators.js';
import { validateCampaign } from './validation/validate-campaign.js';
import { validateContext } from './validation/validate-context.js';

/** The engine's version; plugins state the range they work with. */
export const ENGINE_VERSION = '0.1.0';

export interface Engine {
  readonly version: string;
  readonly blocks: ReadonlyMap<string, AnyBlock>;
  /** Every problem of a campaign document at once; empty when it is valid. */
  validateCampaign(document: unknown): ValidationIssue[];
  /** Every problem of an evaluation context at once; empty when it is valid. */
  validateContext(context: unknown): ValidationIssue[];
  /** Validates and compiles; throws `EngineError` (`INVALID_CAMPAIGN`) with every issue. */
  compile(document: unknown): CompiledCampaign;
  /** Like `compile`, cached by id and version: for published versions, which never change. */
  compileCached(document: unknown): CompiledCampaign;
  /**
   * Compiled campaigns made ready for many evaluations (sorted once, bucketed by scope as
   * contexts come): pass the set to `evaluate` instead of the list while the list stays the
   * same, as for the published campaigns of a server.
   */
  prepare(campaigns: readonly CompiledCampaign[]): CampaignSet;
  /**
   * Throws `EngineError` (`INVALID_CONTEXT`) for a context that is not valid, unless
   * `options.validated` says the caller has checked it already.
   */
  evaluate(
    campaigns: readonly CompiledCampaign[] | CampaignSet,
    context: unknown,
    options?: EvaluateOptions,
  ): EvaluationResult;
}

/** An engine over a fixed set of blocks. Blocks with the same id: the last one wins. */
export function createEngine(options: { blocks: readonly AnyBlock[] }): Engine {
  const blocks = new Map(options.blocks.map((block) => [block.id, block]));
  const validators = sharedSchemaValidators();
  const cache = new Map<string, CompiledCampaign>();

  const compile = (document: unknown): CompiledCampaign => {
    const issues = validateCampaign(document, validators, blocks);
    if (issues.length > 0) throw new EngineError('INVALID_CAMPAIGN', issues);

    return compileCampaign(document as CampaignDocument, blocks);
  };

  return {
    version: ENGINE_VERSION,
    blocks,
    validateCampaign: (document) => validateCampaign(document, validators, blocks),
    validateContext: (context) => validateContext(context, validators),
    compile,
    compileCached(document) {
      const { id, version } = (document ?? {}) as Partial<CampaignDocument>;
      const key = `${String(id)}@${String(version)}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const compiled = compile(document);
      cache.set(key, compiled);
      return compiled;
    },
    prepare: (campaigns) => new CampaignSet(campaigns),
    evaluate(campaigns, context, evaluateOptions) {
      if (evaluateOptions?.validated !== true) {
        const issues = validateContext(context, validators);
        if (issues.length > 0) throw new EngineError('INVALID_CONTEXT', issues);
      }
      const set = campaigns instanceof CampaignSet ? campaigns : new CampaignSet(campaigns);

      return evaluateCampaigns(set, context as EvaluationContext, evaluateOptions);
    },
  };
}
