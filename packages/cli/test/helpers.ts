import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry, type LoadedRegistry } from '../src/load.js';
import { runCli } from '../src/run-cli.js';

/** packages/cli: the examples are given relative to it, as in docs/cli.md. */
export const CLI_ROOT = fileURLToPath(new URL('..', import.meta.url));

let loading: Promise<LoadedRegistry> | undefined;

/** The default plugins, loaded once per test file. */
export function defaultRegistry(): Promise<LoadedRegistry> {
  loading ??= loadRegistry();

  return loading;
}

/** Runs the CLI in-process from packages/cli with the default plugins. */
export function cli(...argv: string[]) {
  return runCli(argv, { cwd: CLI_ROOT, load: () => defaultRegistry() });
}

/** A temporary folder for files a test writes; remove it in afterAll. */
export function createScratch() {
  const folder = mkdtempSync(join(tmpdir(), 'cs-cli-'));

  return {
    write(name: string, text: string): string {
      const path = join(folder, name);
      writeFileSync(path, text);
      return path;
    },
    remove(): void {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
