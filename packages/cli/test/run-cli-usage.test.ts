import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { USAGE } from '../src/usage.js';

describe('runCli usage', () => {
  it('prints the usage for --help and for no command, exit 0', async () => {
    await expect(runCli(['--help'])).resolves.toEqual({ exitCode: 0, stdout: USAGE, stderr: '' });
    await expect(runCli([])).resolves.toEqual({ exitCode: 0, stdout: USAGE, stderr: '' });
  });

  it('refuses an unknown command with exit 2 and the usage', async () => {
    const output = await runCli(['evalute']);

    expect(output.exitCode).toBe(2);
    expect(output.stdout).toBe('');
    expect(output.stderr.startsWith('Unknown command evalute.\n\nUsage: pnpm cli')).toBe(true);
  });

  it('refuses an option the command does not take, naming it', async () => {
    const output = await runCli(['validate', 'a.json', '--context', 'c.json']);

    expect(output).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'validate does not take --context. Run with --help for the usage.\n',
    });
  });

  it('refuses an unknown option and a bad --lang', async () => {
    const unknown = await runCli(['templates', '--colour']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");

    const lang = await runCli(['templates', '--lang', 'fr']);
    expect(lang).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: '--lang must be one of en, zh-CN, not fr\n',
    });
  });

  it('asks for what evaluate and instantiate need', async () => {
    const load = () => Promise.reject(new Error('plugins are not needed to report usage'));
    const stderrOf = async (...argv: string[]) => (await runCli(argv, { load })).stderr;

    expect(await stderrOf('evaluate', '--campaign', 'a.json')).toBe(
      'evaluate: missing --context <file>. Run with --help for the usage.\n',
    );
    expect(await stderrOf('evaluate', '--context', 'c.json')).toBe(
      'evaluate: missing --campaign <file>. Run with --help for the usage.\n',
    );
    expect(await stderrOf('instantiate')).toBe(
      'instantiate: missing <templateId>. Run with --help for the usage.\n',
    );
    expect(await stderrOf('validate', 'a.json', '--kind', 'order')).toBe(
      '--kind must be campaign or context, not order\n',
    );
  });
});
