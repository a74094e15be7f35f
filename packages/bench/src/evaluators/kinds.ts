import type { EvaluatorKind, EvaluatorName } from './evaluator.js';
import { jsonRulesEngine } from './json-rules.js';
import { ours, oursWithoutExplain } from './ours.js';
import { reference } from './reference.js';

/** Every evaluator, our engine first: it is the truth the agreement check compares against. */
export const KINDS: readonly EvaluatorKind[] = [
  ours,
  oursWithoutExplain,
  jsonRulesEngine,
  reference,
];

export function kindByName(name: string): EvaluatorKind {
  const kind = KINDS.find((each) => each.name === name);
  if (!kind)
    throw new RangeError(
      `unknown evaluator ${name}: use one of ${KINDS.map((k) => k.name).join(', ')}`,
    );

  return kind;
}

export type { EvaluatorName };
