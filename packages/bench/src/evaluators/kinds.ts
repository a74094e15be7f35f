import type { EvaluatorKind, EvaluatorName } from './evaluator.js';
import { jsonRulesEngine } from './json-rules.js';
import { ours, oursValidating, oursWithoutExplain } from './ours.js';
import { reference } from './reference.js';

/** Every evaluator, our engine first: it is the truth the agreement check compares against. */
export const KINDS: readonly EvaluatorKind[] = [
  ours,
  oursWithoutExplain,
  jsonRulesEngine,
  reference,
];

/** Run only when asked for (`--evaluators=ours-validating`): the engine checking the context. */
const ON_REQUEST: readonly EvaluatorKind[] = [oursValidating];

export function kindByName(name: string): EvaluatorKind {
  const kind = [...KINDS, ...ON_REQUEST].find((each) => each.name === name);
  if (!kind)
    throw new RangeError(
      `unknown evaluator ${name}: use one of ${[...KINDS, ...ON_REQUEST].map((k) => k.name).join(', ')}`,
    );

  return kind;
}

export type { EvaluatorName };
