/** Exit codes of every command: 1 means "problems found", 2 means "fix how it was called". */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/**
 * A failure the person at the terminal must fix: a missing or unreadable file, bad JSON, an
 * invalid document, a wrong option. Its message is what the CLI prints; it names the file.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
