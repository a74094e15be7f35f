import type { EvaluationContext, EvaluationResult, OrderLine } from '@campaign-studio/sdk';
import { loadPlugins } from '@campaign-studio/sdk';
import core from '@campaign-studio/plugin-core';
import retail from '../src/index.js';

export const { registry, refused } = loadPlugins([
  { source: '@campaign-studio/plugin-core', module: core },
  { source: '@campaign-studio/plugin-retail', module: retail },
]);

/** Instantiates a retail template (defaults plus `params`) and evaluates one context. */
export function runTemplate(
  templateId: string,
  context: EvaluationContext,
  params: Record<string, unknown> = {},
): EvaluationResult {
  const document = registry.instantiate(`retail.${templateId}`, params, {
    campaignId: templateId,
  });

  return registry.engine.evaluate([registry.engine.compile(document)], context);
}

/** Several templates with their defaults, evaluated together on one context. */
export function runTemplates(templateIds: string[], context: EvaluationContext): EvaluationResult {
  const compiled = templateIds.map((id) =>
    registry.engine.compile(registry.instantiate(`retail.${id}`, {}, { campaignId: id })),
  );

  return registry.engine.evaluate(compiled, context);
}

/** A receipt at `instant` (Shanghai time) with one line per entry; ids l1, l2, … */
export function receipt(
  instant: string,
  lines: Partial<OrderLine>[],
  extra: Partial<EvaluationContext> = {},
): EvaluationContext {
  return {
    instant,
    customer: { id: 'cust-1' },
    lines: lines.map((line, index) => ({
      id: `l${index + 1}`,
      sku: `sku-${index + 1}`,
      unitPrice: 0,
      quantity: 1,
      ...line,
    })),
    ...extra,
  };
}

/** Total quantity of the rewards of one item in a result. */
export function rewarded(result: EvaluationResult, item: string): number {
  return result.benefits
    .filter((benefit) => benefit.reward?.item === item)
    .reduce((sum, benefit) => sum + (benefit.reward?.quantity ?? 0), 0);
}

/** Money value of every reward in a result. */
export function rewardValue(result: EvaluationResult): number {
  return result.benefits.reduce((sum, benefit) => sum + (benefit.reward?.value ?? 0), 0);
}
