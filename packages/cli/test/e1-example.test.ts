import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationResult } from '@campaign-studio/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ROOT, cli, createScratch } from './helpers.js';

const scratch = createScratch();
afterAll(() => scratch.remove());

const CAMPAIGN = 'examples/e1-campaign.json';
const CONTEXT = 'examples/e1-context-650.json';

describe('the worked E1 example (tiered shop coupons, one per order)', () => {
  it('examples/e1-campaign.json is what the template makes with its defaults', async () => {
    const output = await cli('instantiate', 'ecommerce.tiered-coupons', '--id', 'e1-shop-coupons');

    expect(output.exitCode).toBe(0);
    expect(output.stderr).toBe('');
    expect(output.stdout).toBe(readFileSync(join(CLI_ROOT, CAMPAIGN), 'utf8'));
  });

  it('650.00 with all four coupons held: 100.00 off, 550.00 to pay', async () => {
    const output = await cli('evaluate', '--campaign', CAMPAIGN, '--context', CONTEXT);

    expect(output.exitCode).toBe(0);
    const result = JSON.parse(output.stdout) as EvaluationResult;
    expect(result.listSubtotal).toBe(65000);
    expect(result.discount).toBe(10000);
    expect(result.payable).toBe(55000);
    // 299.00, 251.00 and 100.00 share the 100.00; the leftover fen goes to the largest remainder.
    expect(result.lines.map((line) => [line.lineId, line.orderDiscount, line.payable])).toEqual([
      ['line-1', 4600, 25300],
      ['line-2', 3862, 21238],
      ['line-3', 1538, 8462],
    ]);
    expect(result.benefits).toHaveLength(1);
    expect(result.benefits[0]).toMatchObject({
      ruleId: 'tier-599',
      block: 'core.amount-off',
      amount: 10000,
      couponsUsed: ['coupon-100'],
    });
    const rules = result.campaigns[0]?.rules ?? [];
    expect(rules.map((rule) => [rule.ruleId, rule.status, rule.value, rule.lostTo])).toEqual([
      ['tier-0', 'lost', 500, 'tier-599'],
      ['tier-199', 'lost', 2000, 'tier-599'],
      ['tier-399', 'lost', 5000, 'tier-599'],
      ['tier-599', 'applied', 10000, undefined],
    ]);
  });

  it('the examples of docs/cli.md still show what they claim', async () => {
    const mistakes = await cli('validate', 'examples/e1-campaign-with-mistakes.json');
    expect(mistakes.exitCode).toBe(1);
    expect(mistakes.stdout.trimEnd().split('\n').slice(1)).toEqual([
      '  /rules/1/when/all/1/params/min: amount must be whole fen [core.order-amount]',
      '  /rules/2/then/0/params/amount: must be at least ¥0.01 [core.amount-off]',
    ]);

    const twoDays = await cli(
      'instantiate',
      'ecommerce.tiered-coupons',
      '--params',
      'examples/e1-params-two-days.json',
    );
    expect(twoDays.exitCode).toBe(0);
    const document = JSON.parse(twoDays.stdout) as { id: string; window: unknown };
    expect(document.id).toBe('tiered-coupons');
    expect(document.window).toEqual({ firstDay: '2026-11-11', lastDay: '2026-11-12' });
  });

  it('lists the template with its scenario', async () => {
    const output = await cli('templates');

    expect(output.exitCode).toBe(0);
    expect(output.stdout).toMatch(/^ecommerce\.tiered-coupons +v1 +E1 +Tiered shop coupons/m);
  });

  it('names the params file and the field of bad params, exit 2', async () => {
    const bad = { usableDays: { firstDay: '11/11' } };
    const params = scratch.write('params.json', JSON.stringify(bad));

    const output = await cli('instantiate', 'ecommerce.tiered-coupons', '--params', params);

    expect(output.exitCode).toBe(2);
    expect(output.stdout).toBe('');
    const [heading, ...problems] = output.stderr.trimEnd().split('\n');
    expect(heading).toBe(`${params}: invalid template params, 2 problems`);
    expect(problems.map((line) => line.split(':')[0]?.trim()).sort()).toEqual([
      '/params/usableDays/firstDay',
      '/params/usableDays/lastDay',
    ]);
  });

  it('names the known templates for an unknown one, exit 2', async () => {
    const output = await cli('instantiate', 'ecommerce.tiered-coupon');

    expect(output.exitCode).toBe(2);
    expect(output.stderr).toMatch(
      /^Unknown template ecommerce\.tiered-coupon\. Templates: core\.budget-by-tier, ecommerce\.tiered-coupons, /,
    );
  });
});
