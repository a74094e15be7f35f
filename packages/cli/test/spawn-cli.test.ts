import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EvaluationResult } from '@campaign-studio/engine';
import { describe, expect, it } from 'vitest';
import { CLI_ROOT } from './helpers.js';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const MAIN = join(CLI_ROOT, 'src', 'main.ts');

/** The real entry point, as `pnpm cli` runs it, in a process of its own (a few seconds each). */
function spawnCli(...args: string[]) {
  return spawnSync(process.execPath, [TSX_CLI, MAIN, ...args], {
    cwd: CLI_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the cli binary', () => {
  it('evaluates the E1 example and exits 0', () => {
    const run = spawnCli(
      'evaluate',
      '--campaign',
      'examples/e1-campaign.json',
      '--context',
      'examples/e1-context-650.json',
    );

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as EvaluationResult;
    expect([result.discount, result.payable]).toEqual([10000, 55000]);
  }, 60_000);

  it('exits 2 with the file, line and column of broken JSON', () => {
    const broken = spawnCli('validate', 'test/fixtures/broken.json');
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe(
      "test/fixtures/broken.json:3:1: invalid JSON: expected ',' or '}' after the property value\n",
    );
  }, 60_000);
});
