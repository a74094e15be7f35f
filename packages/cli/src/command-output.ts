/** What a command produced: the CLI writes the streams and exits with the code. */
export interface CommandOutput {
  exitCode: number;
  stdout: string;
  /** Warnings (refused plugins, …); empty when there are none. */
  stderr: string;
}
