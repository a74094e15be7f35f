import { describe, expect, it } from 'vitest';
import { registry } from './support.js';

/**
 * Every template of every loaded plugin, instantiated with its defaults, validates and runs on
 * each sample context meant for it (and every template has at least one).
 */
const templates = registry.plugins.flatMap((plugin) =>
  plugin.templates.map((template) => ({ plugin, template })),
);

describe.each(templates)('template $template.id', ({ plugin, template }) => {
  const samples = plugin.samples.filter((sample) => sample.template === template.id);

  it('has a sample context', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it('instantiates with its defaults into a valid campaign', () => {
    const document = registry.instantiate(template.id, {}, { campaignId: 'check' });

    expect(registry.engine.validateCampaign(document)).toEqual([]);
    expect(document.template).toEqual({ id: template.id, version: template.version });
  });

  it.each(samples.map((sample) => [sample.id, sample] as const))(
    'evaluates sample %s without error, and its money adds up',
    (_, sample) => {
      const document = registry.instantiate(template.id, {}, { campaignId: 'check' });
      const result = registry.engine.evaluate([registry.engine.compile(document)], sample.context);

      expect(result.campaigns[0]?.status).not.toBe('error');
      expect(result.payable).toBe(result.listSubtotal - result.discount - result.tendered);
      expect(result.lines.every((line) => line.payable >= 0)).toBe(true);
    },
  );
});

describe('block examples run through the engine on every sample context', () => {
  const blocks = registry.plugins.flatMap((plugin) => plugin.blocks);
  const contexts = registry.plugins.flatMap((plugin) => plugin.samples.map((s) => s.context));
  const label = { 'zh-CN': '礼品', en: 'Gift' };
  const gift = { block: 'core.grant', params: { item: 'gift', quantity: 1, label } };

  it.each(blocks.map((block) => [block.id, block] as const))('%s', (_, block) => {
    expect(block.examples?.length ?? 0).toBeGreaterThan(0);

    for (const params of block.examples ?? []) {
      const use = { block: block.id, params };
      const rule = block.kind === 'condition' ? { when: use, then: [gift] } : { then: [use] };
      // A limit block stands in the campaign's limits, beside a rule that gives a gift.
      const limit = block.kind === 'limit';
      const document = {
        id: 'example',
        version: 1,
        name: { 'zh-CN': '示例', en: 'Example' },
        rules: [{ id: 'r', ...(limit ? { then: [gift] } : rule) }],
        ...(limit && { limits: [use] }),
      };
      const compiled = registry.engine.compile(document);
      for (const context of contexts) {
        const result = registry.engine.evaluate([compiled], context);
        expect(result.campaigns[0]?.status).not.toBe('error');
      }
    }
  });
});
