/**
 * The `pnpm cli` entry point: runs the command, writes its output and exits with its code.
 */
import { runCli } from './run-cli.js';

const output = await runCli(process.argv.slice(2));
// Warnings first, so they are not lost above a long JSON result.
process.stderr.write(output.stderr);
process.stdout.write(output.stdout);
process.exitCode = output.exitCode;
