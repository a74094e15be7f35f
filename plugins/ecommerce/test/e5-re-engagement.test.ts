import { describe, expect, it } from 'vitest';
import type { EvaluationContext } from '@campaign-studio/sdk';
import { runTemplate } from './support.js';

const reengage = (purchaseCount: number | undefined, instant = '2026-10-20T20:30:00+08:00') => {
  const context: EvaluationContext = {
    instant,
    customer: { id: 'c-1', ...(purchaseCount !== undefined && { purchaseCount }) },
    lines: [],
    event: { type: 'customer.reengage' },
  };

  return runTemplate('ecommerce.re-engagement', context);
};
const items = (result: ReturnType<typeof reengage>) =>
  result.benefits.map((benefit) => benefit.reward?.item);

describe('E5 re-engagement by purchase count', () => {
  it.each([
    [2, 'segment-2-4', 'shop.20-off-199'],
    [4, 'segment-2-4', 'shop.20-off-199'],
    [5, 'segment-5-9', 'shop.50-off-399'],
    [9, 'segment-5-9', 'shop.50-off-399'],
    [10, 'segment-10-plus', 'shop.100-off-599'],
    [250, 'segment-10-plus', 'shop.100-off-599'],
  ])('%i past purchases → %s: its message and %s', (count, rule, coupon) => {
    const result = reengage(count);

    expect(result.benefits.map((benefit) => benefit.ruleId)).toEqual([rule, rule]);
    expect(items(result)).toEqual(['message.re-engagement', coupon]);
  });

  it('sends each segment its own words', () => {
    const [message] = reengage(6).benefits;

    expect(message?.reward?.label).toEqual({
      'zh-CN': '老朋友专享：满399减50券已放入你的账户。',
      en: 'For old friends: a 50-off-399 coupon is in your account.',
    });
  });

  it.each([0, 1])('%i past purchases is in no segment', (count) => {
    const result = reengage(count);

    expect(result.benefits).toEqual([]);
    expect(result.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      `${count} past purchases, expected 2–4`,
    );
  });

  it.each([
    ['2026-10-20T20:00:00+08:00', 2],
    ['2026-10-20T23:59:59+08:00', 2],
    ['2026-10-20T19:59:59+08:00', 0],
    ['2026-10-21T00:00:00+08:00', 0],
    ['2026-10-20T12:00:00Z', 2],
  ])('at %s sends %i items (messages only 20:00–24:00 local)', (instant, count) => {
    expect(reengage(6, instant).benefits).toHaveLength(count);
  });

  it('says why a message waits: the quiet hours', () => {
    const result = reengage(6, '2026-10-20T09:15:00+08:00');

    expect(result.campaigns[0]?.rules[1]?.reason?.message.en).toBe(
      'local time 09:15:00 is outside [20:00, 24:00)',
    );
  });

  it('the sending hours are a setting: 19:00–21:00 sends at 19:30', () => {
    const context: EvaluationContext = {
      instant: '2026-10-20T19:30:00+08:00',
      customer: { id: 'c-1', purchaseCount: 3 },
      lines: [],
      event: { type: 'customer.reengage' },
    };
    const params = { sendHours: { from: '19:00', until: '21:00' } };

    expect(runTemplate('ecommerce.re-engagement', context, params).benefits).toHaveLength(2);
  });
});
