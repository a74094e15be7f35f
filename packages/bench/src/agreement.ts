import type { CampaignDocument, EvaluationContext } from '@campaign-studio/engine';
import type { Answer, EvaluatorKind, EvaluatorName } from './evaluators/evaluator.js';

export interface Mismatch {
  index: number;
  context: EvaluationContext;
  answers: Record<string, Answer>;
}

export interface AgreementReport {
  checked: number;
  mismatch?: Mismatch;
}

function same(a: Answer, b: Answer): boolean {
  return a.payable === b.payable && a.applied.join(',') === b.applied.join(',');
}

/**
 * Evaluates every context with every evaluator and stops at the first context on which any of
 * them differs from the first (our engine), in applied campaigns or payable fen.
 */
export async function checkAgreement(
  kinds: readonly EvaluatorKind[],
  campaigns: readonly CampaignDocument[],
  contexts: readonly EvaluationContext[],
): Promise<AgreementReport> {
  const evaluators = kinds.map((kind) => ({ name: kind.name, evaluator: kind.prepare(campaigns) }));
  for (const [index, context] of contexts.entries()) {
    const answers: Partial<Record<EvaluatorName, Answer>> = {};
    for (const { name, evaluator } of evaluators) answers[name] = await evaluator.evaluate(context);
    const [truth, ...others] = evaluators.map(({ name }) => answers[name] as Answer);
    if (truth && others.some((answer) => !same(truth, answer))) {
      return { checked: index + 1, mismatch: { index, context, answers } };
    }
  }

  return { checked: contexts.length };
}
