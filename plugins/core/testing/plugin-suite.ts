/**
 * The generated test every plugin runs: each template, with its defaults, validates and runs on
 * each of its samples; each block example runs through the engine on every sample. A plugin's
 * test calls `describePluginSuite` with its registry; the suite itself lives here once.
 */
import type { PluginRefusal, Registry } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';

export interface PluginSuiteOptions {
  registry: Registry;
  refused: readonly PluginRefusal[];
  /** The plugin under test. */
  plugin: string;
  /** Every plugin the registry should hold, in load order. */
  loaded: string[];
  /** Scenario ids its templates must cover, e.g. `['B1', 'B2']`. */
  scenarios: string[];
}

export function describePluginSuite(options: PluginSuiteOptions): void {
  const { registry, refused, scenarios } = options;
  const plugin = registry.plugins.find((each) => each.id === options.plugin);
  const templates = plugin?.templates ?? [];

  describe(`the ${options.plugin} plugin loads beside ${options.loaded.join(', ')}`, () => {
    it(`is refused by nobody and brings templates for ${scenarios.join(', ')}`, () => {
      expect(refused).toEqual([]);
      expect(registry.plugins.map((each) => each.id)).toEqual(options.loaded);
      const covered = new Set(templates.flatMap((template) => template.scenarios ?? []));
      expect(scenarios.filter((id) => !covered.has(id))).toEqual([]);
    });
  });

  describe.each(templates.map((template) => ({ template })))(
    'template $template.id',
    ({ template }) => {
      const samples = plugin?.samples.filter((sample) => sample.template === template.id) ?? [];
      const instantiate = () => registry.instantiate(template.id, {}, { campaignId: 'check' });

      it('has a sample context and labels in both languages', () => {
        expect(samples.length).toBeGreaterThan(0);
        expect(template.name['zh-CN'].length).toBeGreaterThan(0);
        expect(template.name.en.length).toBeGreaterThan(0);
      });

      it('instantiates with its defaults into a valid campaign', () => {
        expect(registry.engine.validateCampaign(instantiate())).toEqual([]);
      });

      it.each(samples.map((sample) => [sample.id, sample] as const))(
        'evaluates sample %s without error, gives something, and its money adds up',
        (_, sample) => {
          const compiled = registry.engine.compile(instantiate());
          const result = registry.engine.evaluate([compiled], sample.context);

          expect(result.campaigns[0]?.status).toBe('applied');
          expect(result.benefits.length).toBeGreaterThan(0);
          expect(result.payable).toBe(result.listSubtotal - result.discount - result.tendered);
          expect(result.lines.every((line) => line.payable >= 0)).toBe(true);
        },
      );
    },
  );

  describe(`${options.plugin} block examples run through the engine on every sample`, () => {
    const label = { 'zh-CN': '礼品', en: 'Gift' };
    const gift = { block: 'core.grant', params: { item: 'gift', quantity: 1, label } };
    const blocks = (plugin?.blocks ?? []).map((block) => [block.id, block] as const);

    it.each(blocks)('%s', (_, block) => {
      expect(block.examples?.length ?? 0).toBeGreaterThan(0);
      for (const params of block.examples ?? []) {
        const use = { block: block.id, params };
        const rule = block.kind === 'condition' ? { when: use, then: [gift] } : { then: [use] };
        // A limit block stands in the campaign's limits, beside a rule that gives a gift.
        const limit = block.kind === 'limit';
        const compiled = registry.engine.compile({
          id: 'example',
          version: 1,
          name: { 'zh-CN': '示例', en: 'Example' },
          rules: [{ id: 'r', ...(limit ? { then: [gift] } : rule) }],
          ...(limit && { limits: [use] }),
        });
        for (const sample of plugin?.samples ?? []) {
          const result = registry.engine.evaluate([compiled], sample.context);
          expect(result.campaigns[0]?.status).not.toBe('error');
        }
      }
    });
  });
}
