import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationResult } from '@campaign-studio/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ROOT, cli, createScratch } from './helpers.js';

const scratch = createScratch();
afterAll(() => scratch.remove());

const CAMPAIGN = 'test/fixtures/spend-199-save-20.json';
const ORDER_200 = 'test/fixtures/order-200.json';

function resultOf(stdout: string): EvaluationResult {
  return JSON.parse(stdout) as EvaluationResult;
}

describe('evaluate', () => {
  it('prints the EvaluationResult as 2-space JSON: 20.00 off a 200.00 order', async () => {
    const output = await cli('evaluate', '--campaign', CAMPAIGN, '--context', ORDER_200);

    expect(output.exitCode).toBe(0);
    const result = resultOf(output.stdout);
    expect(output.stdout).toBe(`${JSON.stringify(result, undefined, 2)}\n`);
    expect(result.listSubtotal).toBe(20000);
    expect(result.discount).toBe(2000);
    expect(result.payable).toBe(18000);
    // Spread in proportion: 150.00 and 50.00 carry 15.00 and 5.00.
    expect(result.lines.map((line) => [line.lineId, line.orderDiscount])).toEqual([
      ['l1', 1500],
      ['l2', 500],
    ]);
  });

  it('leaves the rule outcomes out with --no-explain, the money unchanged', async () => {
    const args = ['evaluate', '--campaign', CAMPAIGN, '--context', ORDER_200];
    const explained = resultOf((await cli(...args)).stdout);
    const plain = resultOf((await cli(...args, '--no-explain')).stdout);

    expect(explained.campaigns[0]?.rules).toEqual([
      { ruleId: 'tier-199', status: 'applied', value: 2000 },
    ]);
    expect(plain.campaigns[0]?.rules).toEqual([]);
    expect(plain.payable).toBe(explained.payable);
    expect(plain.benefits).toEqual(explained.benefits);
  });

  it('explains a campaign that did not apply', async () => {
    const small = JSON.parse(readFileSync(join(CLI_ROOT, ORDER_200), 'utf8')) as {
      lines: { unitPrice: number }[];
    };
    small.lines[0]!.unitPrice = 14899;
    const context = scratch.write('order-198.99.json', JSON.stringify(small));

    const output = await cli('evaluate', '--campaign', CAMPAIGN, '--context', context);

    const result = resultOf(output.stdout);

    expect(result.discount).toBe(0);
    expect(result.payable).toBe(19899);
    expect(result.campaigns).toHaveLength(1);
    expect(result.campaigns[0]?.status).toBe('not-applied');
    expect(result.campaigns[0]?.reason?.block).toBe('core.order-amount');
  });

  it('names the campaign file and the field of an invalid campaign, exit 2', async () => {
    const bad = JSON.parse(readFileSync(join(CLI_ROOT, CAMPAIGN), 'utf8')) as {
      rules: { then: { params: { amount: unknown } }[] }[];
    };
    bad.rules[0]!.then[0]!.params.amount = '20';
    const path = scratch.write('string-amount.json', JSON.stringify(bad));

    const output = await cli('evaluate', '--campaign', path, '--context', ORDER_200);

    expect(output.exitCode).toBe(2);
    expect(output.stdout).toBe('');
    expect(output.stderr.split('\n')[0]).toBe(`${path}: invalid campaign, 1 problem`);
    expect(output.stderr).toContain('  /rules/0/then/0/params/amount: ');
  });

  it('names the context file of an invalid context, exit 2', async () => {
    const path = scratch.write('no-instant.json', JSON.stringify({ customer: {}, lines: [] }));

    const output = await cli('evaluate', '--campaign', CAMPAIGN, '--context', path);

    expect(output.exitCode).toBe(2);
    expect(output.stderr).toMatch(new RegExp(`^${path}: invalid context, \\d+ problems?\\n`));
    expect(output.stderr).toContain('  /instant: ');
  });

  it('reports a missing campaign file by name, exit 2', async () => {
    const output = await cli('evaluate', '--campaign', 'missing.json', '--context', ORDER_200);

    expect(output).toEqual({ exitCode: 2, stdout: '', stderr: 'missing.json: file not found\n' });
  });
});
