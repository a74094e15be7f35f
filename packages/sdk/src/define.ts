import type { BenefitBlock, ConditionBlock, LimitBlock } from '@campaign-studio/engine';
import type { PluginDefinition, TemplateDefinition } from './types.js';

/**
 * Declares a plugin. The definition is returned as it is: these helpers exist for the types
 * and for one place to document the shape; the loader checks everything at load time.
 */
export function definePlugin(definition: PluginDefinition): PluginDefinition {
  return definition;
}

/**
 * Declares a condition, benefit or limit block; `P` is its params type, generated from its
 * schema.
 */
export function defineBlock<P>(definition: ConditionBlock<P>): ConditionBlock<P>;
export function defineBlock<P>(definition: BenefitBlock<P>): BenefitBlock<P>;
export function defineBlock<P>(definition: LimitBlock<P>): LimitBlock<P>;
export function defineBlock<P>(
  definition: ConditionBlock<P> | BenefitBlock<P> | LimitBlock<P>,
): ConditionBlock<P> | BenefitBlock<P> | LimitBlock<P> {
  return definition;
}

/** Declares a template; templates usually live as JSON files handed to this. */
export function defineTemplate(definition: TemplateDefinition): TemplateDefinition {
  return definition;
}
