import type { Engine, EvaluationContext } from '@campaign-studio/engine';
import { InputIssuesError, underPath } from '../trpc/InputIssuesError.js';

/** The context if the engine accepts it; otherwise every issue, under `/context`. */
export function parseContext(engine: Engine, context: unknown): EvaluationContext {
  const issues = engine.validateContext(context);
  if (issues.length > 0) {
    throw new InputIssuesError(underPath('/context', issues), 'INVALID_CONTEXT');
  }

  return context as EvaluationContext;
}
