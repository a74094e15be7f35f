import type {
  CompiledCampaign,
  EvaluationContext,
  EvaluationResult,
} from '@campaign-studio/engine';
import { HQ_BRANCH_ID } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { LIVE_LIFECYCLES } from '../lifecycle/campaignLifecycle.js';

/**
 * Evaluates a (validated) context against the published campaigns in its scope: the
 * context's branch and HQ, or every branch when the context names none. Published versions
 * never change, so each is compiled once and then served from the engine's cache.
 */
export async function evaluatePublished(
  services: AppServices,
  context: EvaluationContext,
  options: { explain?: boolean },
): Promise<EvaluationResult> {
  const { engine } = services.registry;
  const branchIds =
    context.branchId === undefined ? undefined : [...new Set([context.branchId, HQ_BRANCH_ID])];
  // Only approved campaigns run: paused and ended ones give nothing. Whether the order falls
  // inside the window (scheduled or running) is the engine's check on the context's instant.
  const published = await services.repositories.campaigns.listPublished({
    ...(branchIds === undefined ? {} : { branchIds }),
    lifecycle: LIVE_LIFECYCLES,
  });

  const compiled: CompiledCampaign[] = [];
  for (const campaign of published) {
    try {
      compiled.push(engine.compileCached(campaign.document));
    } catch (error) {
      // A version that no longer compiles (its plugin was refused or removed) must not stop
      // the others; it is left out and the operator is told.
      services.logger.warn(
        { campaignId: campaign.campaignId, version: campaign.version, err: error },
        'published campaign left out of evaluation: it does not compile',
      );
    }
  }

  return engine.evaluate(compiled, context, options);
}
