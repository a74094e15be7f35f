import type { EvaluationContext } from '@campaign-studio/sdk';

/** A number the event carries, when it is one. */
export function numberFact(context: EvaluationContext, name: string): number | undefined {
  const value = context.event?.[name];

  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A flag the event carries, when it is one. */
export function booleanFact(context: EvaluationContext, name: string): boolean | undefined {
  const value = context.event?.[name];

  return typeof value === 'boolean' ? value : undefined;
}
