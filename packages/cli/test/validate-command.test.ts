import { afterAll, describe, expect, it } from 'vitest';
import { createScratch, cli } from './helpers.js';

const scratch = createScratch();
afterAll(() => scratch.remove());

const campaign = {
  id: 'spend-199-save-20',
  version: 1,
  name: { 'zh-CN': '满199减20', en: '20 off at 199' },
  rules: [
    {
      id: 'tier-199',
      when: { block: 'core.order-amount', params: { min: 19900 } },
      then: [{ block: 'core.amount-off', params: { amount: 2000 } }],
    },
  ],
};

describe('validate', () => {
  it('prints "valid" and exits 0 for a valid campaign', async () => {
    const output = await cli('validate', 'test/fixtures/spend-199-save-20.json');

    expect(output.exitCode).toBe(0);
    expect(output.stdout).toBe('valid\n');
  });

  it('prints every problem with its JSON path and exits 1', async () => {
    const broken: Record<string, unknown> = structuredClone(campaign);
    broken.rules = [
      {
        id: 'tier-199',
        when: { block: 'core.order-amount', params: { min: 199.5 } },
        then: [{ block: 'core.amount-off', params: { amount: -5 } }],
      },
    ];
    const path = scratch.write('broken.json', JSON.stringify(broken, undefined, 2));

    const output = await cli('validate', path);

    expect(output.exitCode).toBe(1);
    const lines = output.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${path}: 2 problems`);
    expect(lines.slice(1).map((line) => line.split(':')[0]?.trim())).toEqual([
      '/rules/0/when/params/min',
      '/rules/0/then/0/params/amount',
    ]);
    expect(lines[1]).toContain('[core.order-amount]');
    expect(lines[2]).toContain('[core.amount-off]');
  });

  it('speaks zh-CN with --lang zh-CN', async () => {
    const broken = structuredClone(campaign);
    broken.rules[0]!.then[0]!.params.amount = -5;
    const path = scratch.write('negative.json', JSON.stringify(broken));

    const output = await cli('validate', path, '--lang', 'zh-CN');

    expect(output.exitCode).toBe(1);
    expect(output.stdout).toBe(
      `${path}: 1 个问题\n  /rules/0/then/0/params/amount: 不能小于 ¥0.01 [core.amount-off]\n`,
    );
  });

  it('checks a context with --kind context', async () => {
    const path = scratch.write('context.json', JSON.stringify({ customer: {}, lines: [] }));

    const valid = await cli('validate', '--kind', 'context', 'test/fixtures/order-200.json');
    const invalid = await cli('validate', '--kind', 'context', path);

    expect(valid.stdout).toBe('valid\n');
    expect(invalid.exitCode).toBe(1);
    expect(invalid.stdout).toContain('  /instant: ');
  });

  it('names the file, line and column of broken JSON, exit 2', async () => {
    const path = scratch.write('typo.json', '{\n  "id": "x",\n  "version": 1\n  "name": {}\n}\n');

    const output = await cli('validate', path);

    expect(output).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `${path}:4:3: invalid JSON: expected ',' or '}' after the property value\n`,
    });
  });
});
