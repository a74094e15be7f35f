/**
 * `CampaignSet.givesRewards`: the server skips a completion's evaluations for rewards when it
 * is false, so it must be true whenever any campaign, phased or not, has a reward-stage block.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type BenefitBlock } from '../src/index.js';

const off: BenefitBlock<Record<string, never>> = {
  id: 't.off',
  kind: 'benefit',
  stage: 'order',
  label: { 'zh-CN': '立减', en: 'Off' },
  description: { 'zh-CN': '立减', en: 'Off' },
  paramsSchema: { type: 'object' },
  compile:
    () =>
    ({ lineIds }) => ({ stage: 'order', amount: 100, lineIds: [...lineIds] }),
};
const gift: BenefitBlock<Record<string, never>> = {
  id: 't.gift',
  kind: 'benefit',
  stage: 'reward',
  label: { 'zh-CN': '赠品', en: 'Gift' },
  description: { 'zh-CN': '赠品', en: 'Gift' },
  paramsSchema: { type: 'object' },
  compile: () => () => ({
    stage: 'reward',
    reward: { item: 't.gift', quantity: 1, label: { 'zh-CN': '赠品', en: 'Gift' } },
  }),
};
const engine = createEngine({ blocks: [off, gift] });
const name = { 'zh-CN': '活动', en: 'Campaign' };
const rule = (block: string) => ({ id: 'r', then: [{ block, params: {} }] });

const plain = (id: string, block: string) =>
  engine.compile({ id, version: 1, name, timezone: 'Asia/Shanghai', rules: [rule(block)] });
const phased = (id: string, block: string) =>
  engine.compile({
    id,
    version: 1,
    name,
    timezone: 'Asia/Shanghai',
    phases: [
      {
        id: 'warm-up',
        window: { firstDay: '2026-11-01', lastDay: '2026-11-10' },
        rules: [rule('t.off')],
      },
      {
        id: 'main',
        window: { firstDay: '2026-11-11', lastDay: '2026-11-11' },
        rules: [rule(block)],
      },
    ],
  });

describe('CampaignSet.givesRewards', () => {
  it('is false for money off only, and for no campaign at all', () => {
    expect(engine.prepare([plain('a', 't.off'), phased('b', 't.off')]).givesRewards).toBe(false);
    expect(engine.prepare([]).givesRewards).toBe(false);
  });

  it("is true when one campaign's rule, or one phase's, gives a reward", () => {
    expect(engine.prepare([plain('a', 't.off'), plain('g', 't.gift')]).givesRewards).toBe(true);
    expect(engine.prepare([plain('a', 't.off'), phased('g', 't.gift')]).givesRewards).toBe(true);
  });
});
