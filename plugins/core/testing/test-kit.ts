/**
 * What a plugin's tests need: the plugin loaded beside core, and small helpers to run its
 * templates on contexts and read the rewards. One copy here instead of one per plugin.
 */
import {
  loadPlugins,
  type EvaluationContext,
  type EvaluationResult,
  type PluginDefinition,
} from '@campaign-studio/sdk';
import core from '../src/index.js';

export function createTestKit(plugin: PluginDefinition) {
  const { registry, refused } = loadPlugins([
    { source: '@campaign-studio/plugin-core', module: core },
    { source: `@campaign-studio/plugin-${plugin.id}`, module: plugin },
  ]);

  /** Instantiates `<plugin>.<templateId>` (defaults plus `params`) and evaluates one context. */
  function runTemplate(
    templateId: string,
    context: EvaluationContext,
    params: Record<string, unknown> = {},
  ): EvaluationResult {
    const document = registry.instantiate(`${plugin.id}.${templateId}`, params, {
      campaignId: templateId,
    });

    return registry.engine.evaluate([registry.engine.compile(document)], context);
  }

  return { registry, refused, runTemplate, event, rewards };
}

/** An event-only context (no cart) at `instant`. */
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
