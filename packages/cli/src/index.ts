export { runCli, type RunCliOptions } from './run-cli.js';
export { CliError, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './cli-error.js';
export type { CommandOutput } from './command-output.js';
export { evaluateCommand, type EvaluateOptions } from './commands/evaluate.js';
export { validateCommand, type ValidateOptions, type DocumentKind } from './commands/validate.js';
export { instantiateCommand, type InstantiateOptions } from './commands/instantiate.js';
export { templatesCommand, type TemplatesOptions } from './commands/templates.js';
export { findJsonSyntaxError, type JsonSyntaxError } from './find-json-syntax-error.js';
export {
  DEFAULT_PLUGINS,
  loadRegistry,
  pluginsFromEnv,
  readJsonFile,
  readJsonObject,
  type LoadedRegistry,
} from './load.js';
export { formatIssues, type Lang } from './format-issues.js';
