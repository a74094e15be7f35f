import { EngineError, type EngineErrorCode } from '@campaign-studio/engine';
import { CliError } from './cli-error.js';
import { countProblems, formatIssues, type Lang } from './format-issues.js';

const PROBLEM_KINDS: Record<EngineErrorCode, string> = {
  INVALID_CAMPAIGN: 'invalid campaign',
  INVALID_CONTEXT: 'invalid context',
  INVALID_TEMPLATE_PARAMS: 'invalid template params',
};

/**
 * Runs engine work; an EngineError (which lists every problem) becomes a CliError naming the
 * file the bad input came from, one line per problem.
 */
export function explainEngineErrors<T>(work: () => T, source: string, lang: Lang): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof EngineError) {
      const count = countProblems(error.issues.length, lang);
      const heading = `${source}: ${PROBLEM_KINDS[error.code]}, ${count}`;
      throw new CliError(`${heading}\n${formatIssues(error.issues, lang)}`);
    }

    throw error;
  }
}
