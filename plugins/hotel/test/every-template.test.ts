import { describe, expect, it } from 'vitest';
import { refused, registry } from './support.js';

/**
 * Every hotel template, with its defaults, validates and runs on each of its samples, loaded
 * beside core; every hotel block example runs on every hotel sample.
 */
const plugin = registry.plugins.find((each) => each.id === 'hotel');
const templates = plugin?.templates ?? [];

describe('the hotel plugin loads beside core', () => {
  it('is refused by nobody and brings templates for H1–H6', () => {
    expect(refused).toEqual([]);
    expect(registry.plugins.map((each) => each.id)).toEqual(['core', 'hotel']);
    const scenarios = templates.flatMap((template) => template.scenarios ?? []).sort();
    expect(scenarios).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  });
});

describe.each(templates.map((template) => ({ template })))(
  'template $template.id',
  ({ template }) => {
    const samples = plugin?.samples.filter((sample) => sample.template === template.id) ?? [];

    it('has a sample context and labels in both languages', () => {
      expect(samples.length).toBeGreaterThan(0);
      expect(template.name['zh-CN'].length).toBeGreaterThan(0);
      expect(template.name.en.length).toBeGreaterThan(0);
    });

    it('instantiates with its defaults into a valid campaign', () => {
      const document = registry.instantiate(template.id, {}, { campaignId: 'check' });

      expect(registry.engine.validateCampaign(document)).toEqual([]);
    });

    it.each(samples.map((sample) => [sample.id, sample] as const))(
      'evaluates sample %s without error, gives something, and its money adds up',
      (_, sample) => {
        const document = registry.instantiate(template.id, {}, { campaignId: 'check' });
        const result = registry.engine.evaluate(
          [registry.engine.compile(document)],
          sample.context,
        );

        expect(result.campaigns[0]?.status).toBe('applied');
        expect(result.benefits.length).toBeGreaterThan(0);
        expect(result.payable).toBe(result.listSubtotal - result.discount - result.tendered);
      },
    );
  },
);

describe('hotel block examples run through the engine on every hotel sample', () => {
  const label = { 'zh-CN': '礼品', en: 'Gift' };
  const gift = { block: 'core.grant', params: { item: 'gift', quantity: 1, label } };

  it.each((plugin?.blocks ?? []).map((block) => [block.id, block] as const))('%s', (_, block) => {
    expect(block.examples?.length ?? 0).toBeGreaterThan(0);
    for (const params of block.examples ?? []) {
      const use = { block: block.id, params };
      const rule = block.kind === 'condition' ? { when: use, then: [gift] } : { then: [use] };
      const compiled = registry.engine.compile({
        id: 'example',
        version: 1,
        name: { 'zh-CN': '示例', en: 'Example' },
        rules: [{ id: 'r', ...rule }],
      });
      for (const sample of plugin?.samples ?? []) {
        const result = registry.engine.evaluate([compiled], sample.context);
        expect(result.campaigns[0]?.status).not.toBe('error');
      }
    }
  });
});
