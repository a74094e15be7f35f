import type { EvaluationContext, EvaluationResult } from '@campaign-studio/sdk';
import { loadPlugins } from '@campaign-studio/sdk';
import core from '@campaign-studio/plugin-core';
import power from '../src/index.js';

export const { registry, refused } = loadPlugins([
  { source: '@campaign-studio/plugin-core', module: core },
  { source: '@campaign-studio/plugin-power', module: power },
]);

/** Instantiates a power template (defaults plus `params`) and evaluates one context. */
export function runTemplate(
  templateId: string,
  context: EvaluationContext,
  params: Record<string, unknown> = {},
): EvaluationResult {
  const document = registry.instantiate(`power.${templateId}`, params, {
    campaignId: templateId,
  });

  return registry.engine.evaluate([registry.engine.compile(document)], context);
}

/** An event-only context (no cart) at `instant`, Shanghai time. */
export function event(
  instant: string,
  facts: { type: string } & Record<string, unknown>,
  extra: Partial<EvaluationContext> = {},
): EvaluationContext {
  return { instant, customer: { id: 'sub-1' }, lines: [], event: facts, ...extra };
}

/** Reward value (fen) per item in a result. */
export function rewards(result: EvaluationResult): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const benefit of result.benefits) {
    const reward = benefit.reward;
    if (reward) totals[reward.item] = (totals[reward.item] ?? 0) + (reward.value ?? 0);
  }

  return totals;
}
