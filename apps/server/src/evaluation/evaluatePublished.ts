import type { EvaluateOptions, EvaluationContext, EvaluationResult } from '@campaign-studio/engine';
import type { AppServices } from '../AppServices.js';
import { publishedSet } from './publishedSets.js';

/**
 * Evaluates a (validated) context against the published campaigns in its scope: the
 * context's branch and HQ, or every branch when the context names none. The compiled set is
 * kept between calls until a campaign changes (see `publishedSet`).
 */
export async function evaluatePublished(
  services: AppServices,
  context: EvaluationContext,
  options: EvaluateOptions,
): Promise<EvaluationResult> {
  const set = await publishedSet(services, context.branchId);

  return services.registry.engine.evaluate(set, context, options);
}
