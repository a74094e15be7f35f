import { parseArgs } from 'node:util';
import { CliError, EXIT_OK, EXIT_USAGE } from './cli-error.js';
import type { CommandOutput } from './command-output.js';
import { evaluateCommand } from './commands/evaluate.js';
import { instantiateCommand } from './commands/instantiate.js';
import { templatesCommand } from './commands/templates.js';
import { validateCommand, type DocumentKind } from './commands/validate.js';
import { LANGS, type Lang } from './format-issues.js';
import { loadRegistry, messageOf, pluginsFromEnv, type LoadedRegistry } from './load.js';
import { USAGE } from './usage.js';

const OPTIONS = {
  campaign: { type: 'string', multiple: true },
  context: { type: 'string' },
  explain: { type: 'boolean' },
  'no-explain': { type: 'boolean' },
  kind: { type: 'string' },
  params: { type: 'string' },
  id: { type: 'string' },
  branch: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed = ReturnType<typeof parse>;

/** Which options each command takes, beyond --lang, --plugin and --help. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  evaluate: ['campaign', 'context', 'explain', 'no-explain'],
  validate: ['kind'],
  instantiate: ['params', 'id', 'branch'],
  templates: ['json'],
};

const SHARED_OPTIONS = ['lang', 'plugin', 'help'];

export interface RunCliOptions {
  cwd?: string;
  /** Loads the plugins; tests pass a registry they built once. */
  load?: (plugins: readonly string[]) => Promise<LoadedRegistry>;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${messageOf(error)}\n\n${USAGE}`);
  }
}

function langOf(parsed: Parsed): Lang {
  const lang = parsed.values.lang ?? 'en';
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new CliError(`--lang must be one of ${LANGS.join(', ')}, not ${lang}`);
  }

  return lang as Lang;
}

function kindOf(parsed: Parsed): DocumentKind {
  const kind = parsed.values.kind ?? 'campaign';
  if (kind !== 'campaign' && kind !== 'context') {
    throw new CliError(`--kind must be campaign or context, not ${kind}`);
  }

  return kind;
}

/** Refuses an option the command does not take, instead of silently ignoring it. */
function checkOptions(command: string, parsed: Parsed): void {
  const allowed = [...(COMMAND_OPTIONS[command] ?? []), ...SHARED_OPTIONS];
  for (const name of Object.keys(parsed.values)) {
    if (!allowed.includes(name)) {
      throw new CliError(`${command} does not take --${name}. Run with --help for the usage.`);
    }
  }
}

/**
 * Runs one CLI invocation and returns what to print and the exit code; it never exits or
 * writes itself, so tests call it directly. Problems the caller must fix come back as
 * exit 2 with a message on stderr; so does any unexpected error, as one line.
 */
export async function runCli(
  argv: readonly string[],
  options: RunCliOptions = {},
): Promise<CommandOutput> {
  try {
    return await dispatch(argv, options);
  } catch (error) {
    if (error instanceof CliError) {
      return { exitCode: error.exitCode, stdout: '', stderr: `${error.message.trimEnd()}\n` };
    }

    // Nothing the person did should end in a stack trace: one line, and exit 2 like any other
    // failure to run. A stack overflow from a very deeply nested document lands here too.
    const firstLine = messageOf(error).split('\n')[0]?.trim() || 'no details';
    return {
      exitCode: EXIT_USAGE,
      stdout: '',
      stderr:
        `Unexpected error: ${firstLine}. ` +
        'Check the input files; run with --help for the usage.\n',
    };
  }
}

async function dispatch(argv: readonly string[], options: RunCliOptions): Promise<CommandOutput> {
  const parsed = parse(argv);
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help === true || command === undefined || command === 'help') {
    return { exitCode: EXIT_OK, stdout: USAGE, stderr: '' };
  }

  if (!(command in COMMAND_OPTIONS)) {
    throw new CliError(`Unknown command ${command}.\n\n${USAGE}`);
  }

  checkOptions(command, parsed);
  // Everything the invocation lacks is reported before the plugins load: that is quicker,
  // and a usage mistake is not hidden behind a plugin problem.
  const run = prepare(command, rest, parsed, options.cwd);
  const load = options.load ?? ((plugins) => loadRegistry(plugins, options.cwd));

  const plugins = parsed.values.plugin ?? pluginsFromEnv(process.env.PLUGINS);

  return run(await load(plugins));
}

type PreparedCommand = (loaded: LoadedRegistry) => Promise<CommandOutput> | CommandOutput;

function prepare(
  command: string,
  rest: string[],
  parsed: Parsed,
  cwd: string | undefined,
): PreparedCommand {
  const { values } = parsed;
  const common = { lang: langOf(parsed), ...(cwd === undefined ? {} : { cwd }) };

  if (command === 'evaluate') {
    const evaluate = {
      ...common,
      campaignFiles: [...(values.campaign ?? []), ...rest],
      contextFile: required(values.context, '--context <file>', command),
      explain: values['no-explain'] !== true,
    };
    if (evaluate.campaignFiles.length === 0) {
      throw new CliError('evaluate: missing --campaign <file>. Run with --help for the usage.');
    }

    return (loaded) => evaluateCommand(loaded, evaluate);
  }

  if (command === 'validate') {
    const validate = { ...common, files: rest, kind: kindOf(parsed) };
    if (rest.length === 0) {
      throw new CliError('validate: missing <file>. Run with --help for the usage.');
    }

    return (loaded) => validateCommand(loaded, validate);
  }

  if (command === 'instantiate') {
    const instantiate = {
      ...common,
      templateId: required(rest[0], '<templateId>', command),
      ...(values.params === undefined ? {} : { paramsFile: values.params }),
      ...(values.id === undefined ? {} : { campaignId: values.id }),
      ...(values.branch === undefined ? {} : { branchId: values.branch }),
    };

    return (loaded) => instantiateCommand(loaded, instantiate);
  }

  return (loaded) => templatesCommand(loaded, { lang: common.lang, json: values.json === true });
}

function required(value: string | undefined, what: string, command: string): string {
  if (value === undefined || value === '') {
    throw new CliError(`${command}: missing ${what}. Run with --help for the usage.`);
  }

  return value;
}
