import type { EvaluationContext } from '@campaign-studio/sdk';

/** The value at a dotted path of the context's event (`project.stage`), if there is one. */
export function readEventFact(context: EvaluationContext, path: string): unknown {
  let value: unknown = context.event;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }

  return value;
}
