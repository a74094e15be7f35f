import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { cli, createScratch } from './helpers.js';

const scratch = createScratch();
afterAll(() => scratch.remove());

/** A campaign whose first condition nests `all` `depth` times (as text: too deep to stringify). */
function nested(depth: number): string {
  const leaf = JSON.stringify({ block: 'core.order-amount', params: { min: 100 } });
  const condition = `${'{"all":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`;
  const then = JSON.stringify([{ block: 'core.amount-off', params: { amount: 1 } }]);
  return (
    '{"id":"deep","version":1,"name":{"zh-CN":"深","en":"Deep"},' +
    `"rules":[{"id":"r1","when":${condition},"then":${then}}]}`
  );
}

describe('unexpected errors', () => {
  it('prints one line and exits 2 instead of a stack trace', async () => {
    const output = await runCli(['templates'], {
      load: () => Promise.reject(new Error('plugin table exploded\n    at somewhere (x.js:1:1)')),
    });

    expect(output).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'Unexpected error: plugin table exploded. Check the input files; ' +
        'run with --help for the usage.\n',
    });
  });

  it('answers a document nested far too deeply with a message, not a stack', async () => {
    const file = scratch.write('deep.json', nested(20000));
    const output = await cli('validate', file);

    expect([1, 2]).toContain(output.exitCode);
    expect(output.stderr + output.stdout).not.toMatch(/\n\s+at /);
    expect((output.stderr + output.stdout).trim().length).toBeGreaterThan(0);
  });
});
