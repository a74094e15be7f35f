import { describe, expect, it } from 'vitest';
import type { CampaignDocument } from '@campaign-studio/engine';
import { describePath, type DescribedBlock } from '../../src/builder/state/describe-path.js';

const money = (zh: string, en: string) => ({
  type: 'integer',
  'x-unit': 'fen',
  'x-label': { 'zh-CN': zh, en },
});

/** Blocks as the registry summarises them: a label and a params schema each. */
const blocks = new Map<string, DescribedBlock>([
  [
    'core.amount-off',
    {
      label: { 'zh-CN': '立减金额', en: 'Amount off' },
      paramsSchema: { type: 'object', properties: { amount: money('减免金额', 'Amount off') } },
    },
  ],
  [
    'core.order-amount',
    {
      label: { 'zh-CN': '订单满额', en: 'Order amount' },
      paramsSchema: { type: 'object', properties: { min: money('门槛金额', 'Threshold') } },
    },
  ],
  [
    'core.customer-tier',
    { label: { 'zh-CN': '会员等级', en: 'Customer tier' }, paramsSchema: { type: 'object' } },
  ],
  [
    'retail.scratch-card',
    {
      label: { 'zh-CN': '刮刮卡', en: 'Scratch card' },
      paramsSchema: {
        type: 'object',
        properties: {
          prizes: {
            type: 'array',
            'x-label': { 'zh-CN': '奖池', en: 'Prize pool' },
            items: {
              type: 'object',
              properties: {
                quantity: { type: 'integer', 'x-label': { 'zh-CN': '数量', en: 'Quantity' } },
              },
            },
          },
          tiers: {
            type: 'array',
            items: { type: 'object', properties: { amount: money('金额', 'Amount') } },
          },
        },
      },
    },
  ],
  [
    'core.budget',
    {
      label: { 'zh-CN': '活动预算', en: 'Campaign budget' },
      paramsSchema: { type: 'object', properties: { amount: money('预算金额', 'Budget') } },
    },
  ],
]);

const rule0 = {
  id: 'rule-1',
  when: { all: [{ block: 'core.order-amount', params: { min: 500 } }] },
  then: [{ block: 'core.amount-off', params: { amount: -500 } }],
};
const rule1 = {
  id: 'rule-2',
  when: {
    all: [
      {
        any: [
          { block: 'core.customer-tier', params: {} },
          { block: 'core.order-amount', params: { min: 100 } },
        ],
      },
      { not: { all: [{ block: 'core.customer-tier', params: {} }] } },
    ],
  },
  then: [
    { block: 'core.amount-off', params: { amount: 100 } },
    { block: 'retail.scratch-card', params: { prizes: [{}, {}, { quantity: 0 }], tiers: [{}] } },
  ],
};
const document = {
  id: 'campaign-1',
  version: 1,
  name: { 'zh-CN': '新活动', en: 'New campaign' },
  window: { firstDay: '2026-11-11', lastDay: '2026-11-13' },
  rules: [rule0, rule1],
  limits: [{ block: 'core.budget', params: { amount: 0 } }],
} as unknown as CampaignDocument;

const phased = {
  id: 'campaign-2',
  version: 1,
  name: { 'zh-CN': '分阶段', en: 'Phased' },
  phases: [
    { id: 'warm-up', window: { start: '2026-11-01T00:00', end: '2026-11-11T00:00' }, rules: [] },
    { id: 'main', window: { firstDay: '2026-11-11', lastDay: '2026-11-11' }, rules: [rule0] },
  ],
} as unknown as CampaignDocument;

const zh = (path: string, doc: CampaignDocument = document) =>
  describePath(doc, path, blocks, 'zh-CN');
const en = (path: string, doc: CampaignDocument = document) =>
  describePath(doc, path, blocks, 'en');

describe('a problem path in words', () => {
  it("names a benefit's field by its rule, its place, its block and the field's label", () => {
    expect(zh('/rules/0/then/0/params/amount')).toBe('规则 rule-1 · 优惠 1 · 立减金额 · 减免金额');
    // The block and its only field share a label: it is said once.
    expect(en('/rules/0/then/0/params/amount')).toBe('Rule rule-1 · benefit 1 · Amount off');
  });

  it('names a slot without a place when the path ends at it', () => {
    expect(zh('/rules/0/then')).toBe('规则 rule-1 · 优惠');
    expect(en('/rules/0/then')).toBe('Rule rule-1 · benefits');
    expect(zh('/rules/0/when')).toBe('规则 rule-1 · 条件');
    expect(zh('/rules/0/when/all')).toBe('规则 rule-1 · 条件');
    expect(zh('/rules')).toBe('规则');
  });

  it('counts conditions inside groups and names each group', () => {
    expect(zh('/rules/0/when/all/0/params/min')).toBe('规则 rule-1 · 条件 1 · 订单满额 · 门槛金额');
    expect(zh('/rules/1/when/all/0/any/1/params/min')).toBe(
      '规则 rule-2 · 条件 1 · 任一满足 · 条件 2 · 订单满额 · 门槛金额',
    );
    expect(en('/rules/1/when/all/0/any/1')).toBe(
      'Rule rule-2 · condition 1 · Any of · condition 2 · Order amount',
    );
    expect(zh('/rules/1/when/all/1/not/all/0')).toBe(
      '规则 rule-2 · 条件 2 · 不满足 · 条件 1 · 会员等级',
    );
  });

  it('numbers array items as the params form titles them', () => {
    expect(zh('/rules/1/then/1/params/prizes/2/quantity')).toBe(
      '规则 rule-2 · 优惠 2 · 刮刮卡 · 奖池 · 第 3 项 · 数量',
    );
    expect(en('/rules/1/then/1/params/tiers/0/amount')).toBe(
      'Rule rule-2 · benefit 2 · Scratch card · tiers · Tier 1 · Amount',
    );
  });

  it('names the schedule, the phases and their windows', () => {
    expect(zh('/window/firstDay')).toBe('时间 · 开始日期');
    expect(en('/window/lastDay')).toBe('Schedule · Last day (included)');
    expect(zh('/phases/0/window/end', phased)).toBe('阶段 warm-up · 时间 · 结束时间（不含）');
    expect(en('/phases/1/rules/0/then/0/params/amount', phased)).toBe(
      'Phase main · Rule rule-1 · benefit 1 · Amount off',
    );
    expect(zh('/phases', phased)).toBe('阶段');
  });

  it("names the campaign's own fields and its limits", () => {
    expect(zh('')).toBe('整个活动');
    expect(en('')).toBe('Whole campaign');
    expect(zh('/name/en')).toBe('活动名称（英文）');
    expect(zh('/stacking/priority')).toBe('优先级（小者先）');
    expect(en('/ruleSelection')).toBe('Rules combine');
    expect(zh('/limits/0/params/amount')).toBe('限制 1 · 活动预算 · 预算金额');
    expect(zh('/rules/1/id')).toBe('规则 rule-2 · 规则编号');
  });

  it('names a rule by the id its card shows, by its place while that id is the mistake', () => {
    const copied = {
      ...document,
      rules: [rule0, { ...rule0, id: 'rule-1-copy' }, { ...rule0, id: 'Rule 3!' }],
    } as unknown as CampaignDocument;

    expect(zh('/rules/1/then/0/params/amount', copied)).toBe(
      '规则 rule-1-copy · 优惠 1 · 立减金额 · 减免金额',
    );
    expect(zh('/rules/2/id', copied)).toBe('规则 3 · 规则编号');
    expect(en('/rules/2/then/0', copied)).toBe('Rule 3 · benefit 1 · Amount off');
  });

  it('shows what neither the document nor the schemas explain as it is', () => {
    expect(zh('/scope/channels')).toBe('适用范围 · channels');
    expect(zh('/rules/0/then/5/params/amount')).toBe('规则 rule-1 · 优惠 6 · amount');
    expect(zh('/rules/0/then/0/weight')).toBe('规则 rule-1 · 优惠 1 · 立减金额 · weight');
    const unknown = {
      ...document,
      rules: [{ id: 'r', then: [{ block: 'gone.block', params: { x: 1 } }] }],
    } as unknown as CampaignDocument;
    expect(zh('/rules/0/then/0/params/x', unknown)).toBe('规则 r · 优惠 1 · gone.block · x');
    expect(zh('/colour')).toBe('colour');
  });
});
