import type { CompiledCampaign } from '@campaign-studio/engine';
import { CliError, EXIT_OK } from '../cli-error.js';
import type { CommandOutput } from '../command-output.js';
import { explainEngineErrors } from '../explain-engine-errors.js';
import type { Lang } from '../format-issues.js';
import { describeRefusals, readJsonObject, type LoadedRegistry } from '../load.js';

export interface EvaluateOptions {
  campaignFiles: readonly string[];
  contextFile: string;
  /** Include why each campaign and rule did (not) apply. Default true. */
  explain?: boolean;
  lang?: Lang;
  cwd?: string;
}

/**
 * Evaluates a context against one or more campaign documents, as the server's `simulate`
 * does, and prints the EvaluationResult as JSON. An invalid file stops it with every problem.
 */
export async function evaluateCommand(
  loaded: LoadedRegistry,
  options: EvaluateOptions,
): Promise<CommandOutput> {
  const { engine } = loaded.registry;
  const lang = options.lang ?? 'en';
  if (options.campaignFiles.length === 0) {
    throw new CliError('evaluate: give at least one campaign file with --campaign <file>');
  }

  const compiled: CompiledCampaign[] = [];
  for (const file of options.campaignFiles) {
    const document = await readJsonObject(file, 'a campaign document', options.cwd);
    compiled.push(explainEngineErrors(() => engine.compile(document), file, lang));
  }

  const context = await readJsonObject(options.contextFile, 'an evaluation context', options.cwd);
  const explain = options.explain ?? true;
  const evaluate = () => engine.evaluate(compiled, context, { explain });
  const result = explainEngineErrors(evaluate, options.contextFile, lang);

  return {
    exitCode: EXIT_OK,
    stdout: `${JSON.stringify(result, undefined, 2)}\n`,
    stderr: describeRefusals(loaded.refused),
  };
}
