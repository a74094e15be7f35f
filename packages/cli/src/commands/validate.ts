import type { ValidationIssue } from '@campaign-studio/engine';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cli-error.js';
import type { CommandOutput } from '../command-output.js';
import { countProblems, formatIssues, type Lang } from '../format-issues.js';
import { describeRefusals, readJsonObject, type LoadedRegistry } from '../load.js';

/** What a file holds: a campaign document (the default) or an evaluation context. */
export type DocumentKind = 'campaign' | 'context';

export interface ValidateOptions {
  files: readonly string[];
  kind?: DocumentKind;
  lang?: Lang;
  cwd?: string;
}

/**
 * Checks campaign documents (or contexts) against the schema and the blocks of the loaded
 * plugins. Prints every problem with its JSON pointer; exit 1 when there is any.
 */
export async function validateCommand(
  loaded: LoadedRegistry,
  options: ValidateOptions,
): Promise<CommandOutput> {
  const { engine } = loaded.registry;
  const kind = options.kind ?? 'campaign';
  const lang = options.lang ?? 'en';
  if (options.files.length === 0) {
    throw new CliError('validate: give the file to check, e.g. validate campaign.json');
  }

  let stdout = '';
  let problems = 0;
  for (const file of options.files) {
    const what = kind === 'campaign' ? 'a campaign document' : 'an evaluation context';
    const value = await readJsonObject(file, what, options.cwd);
    const issues: ValidationIssue[] =
      kind === 'campaign' ? engine.validateCampaign(value) : engine.validateContext(value);
    problems += issues.length;
    stdout += report(file, issues, lang, options.files.length > 1);
  }

  return {
    exitCode: problems > 0 ? EXIT_PROBLEMS : EXIT_OK,
    stdout,
    stderr: describeRefusals(loaded.refused),
  };
}

function report(file: string, issues: ValidationIssue[], lang: Lang, named: boolean): string {
  if (issues.length === 0) {
    // The same word in every language, so scripts can compare it.
    return named ? `${file}: valid\n` : 'valid\n';
  }

  return `${file}: ${countProblems(issues.length, lang)}\n${formatIssues(issues, lang)}`;
}
