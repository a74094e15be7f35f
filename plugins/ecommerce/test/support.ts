import type { EvaluationContext, EvaluationResult } from '@campaign-studio/sdk';
import { loadPlugins } from '@campaign-studio/sdk';
import core from '@campaign-studio/plugin-core';
import ecommerce from '../src/index.js';

export const { registry } = loadPlugins([
  { source: '@campaign-studio/plugin-core', module: core },
  { source: '@campaign-studio/plugin-ecommerce', module: ecommerce },
]);

/** Instantiates a template (defaults plus `params`) and evaluates one context against it. */
export function runTemplate(
  templateId: string,
  context: EvaluationContext,
  params: Record<string, unknown> = {},
): EvaluationResult {
  const document = registry.instantiate(templateId, params, { campaignId: templateId });

  return registry.engine.evaluate([registry.engine.compile(document)], context);
}

/** Several templates, each with its defaults, evaluated together on one context. */
export function runTemplates(templateIds: string[], context: EvaluationContext): EvaluationResult {
  const compiled = templateIds.map((id) =>
    registry.engine.compile(registry.instantiate(id, {}, { campaignId: id })),
  );

  return registry.engine.evaluate(compiled, context);
}

/** An order of one line per amount (fen) at `instant`, in Shanghai time. */
export function order(
  instant: string,
  amounts: number[],
  extra: Partial<EvaluationContext> = {},
): EvaluationContext {
  return {
    instant,
    customer: { id: 'c-1' },
    lines: amounts.map((unitPrice, index) => ({
      id: `l${index + 1}`,
      sku: `sku-${index + 1}`,
      unitPrice,
      quantity: 1,
    })),
    ...extra,
  };
}
