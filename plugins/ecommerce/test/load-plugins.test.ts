import core from '@campaign-studio/plugin-core';
import ecommerce from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { loadPlugins, type PluginDefinition } from '@campaign-studio/sdk';

const good = (overrides: Partial<PluginDefinition>): PluginDefinition => ({
  id: 'retail-test',
  name: { 'zh-CN': '零售', en: 'Retail' },
  description: { 'zh-CN': '测试', en: 'Test' },
  version: '1.0.0',
  engine: '^0.1.0',
  blocks: [],
  templates: [],
  samples: [],
  ...overrides,
});
const load = (...modules: unknown[]) =>
  loadPlugins([
    { source: 'core', module: core },
    ...modules.map((module, i) => ({ source: `candidate-${i}`, module })),
  ]);

describe('loading plugins', () => {
  it('loads core and ecommerce with every block and template', () => {
    const { registry, refused } = loadPlugins([
      { source: 'core', module: { default: core } },
      { source: 'ecommerce', module: { default: ecommerce } },
    ]);

    expect(refused).toEqual([]);
    expect(registry.plugins.map((plugin) => plugin.id)).toEqual(['core', 'ecommerce']);
    expect(registry.engine.blocks.has('ecommerce.golden-eggs')).toBe(true);
    expect(registry.template('ecommerce.tiered-coupons')?.version).toBe(1);
    expect(JSON.parse(JSON.stringify(registry.describe()))).toEqual(registry.describe());
  });

  it.each([
    [{ version: 'one' }, 'version'],
    [{ name: { 'zh-CN': '零售' } }, 'name/en'],
    [{ engine: '^2.0.0' }, 'engine'],
    [{ dependsOn: ['bank'] }, 'dependsOn/0'],
    [{ id: 'core' }, 'id'],
  ] as [Partial<PluginDefinition>, string][])(
    'refuses %j naming the field %s, and still loads the others',
    (overrides, field) => {
      const { registry, refused } = load(good(overrides), good({ id: 'fine' }));

      expect(refused).toHaveLength(1);
      expect(refused[0]?.field).toBe(field);
      expect(refused[0]?.plugin).toBe(overrides.id ?? 'retail-test');
      expect(registry.plugins.map((plugin) => plugin.id)).toEqual(['core', 'fine']);
    },
  );

  it('says which engine versions a plugin wants and which it got', () => {
    const { refused } = load(good({ engine: '^2.0.0' }));

    expect(refused[0]?.message).toBe('works with engine ^2.0.0, but this engine is 0.1.0');
  });

  it('refuses a block outside its namespace, a taken id, or without compile', () => {
    const [block] = core.blocks;
    const foreign = load(good({ blocks: [block as never] }));
    expect(foreign.refused[0]).toMatchObject({ field: 'blocks/0/id' });

    const renamed = { ...block, id: 'retail-test.x', compile: undefined };
    expect(load(good({ blocks: [renamed as never] })).refused[0]?.field).toBe('blocks/0/compile');
  });

  it('refuses a template whose defaults do not make a valid campaign', () => {
    const [template] = ecommerce.templates;
    const broken = {
      ...template,
      id: 'retail-test.coupons',
      defaults: { ...template?.defaults, tiers: [{ coupon: 'x', threshold: -5, amount: 100 }] },
    };
    const { refused } = load(good({ templates: [broken as never] }));

    expect(refused[0]?.field).toBe('templates/0/defaults');
    expect(refused[0]?.message).toMatch(/\/params\/tiers\/0\/threshold must be at least/);
  });

  it('names a module that is not a plugin at all by where it came from', () => {
    const { refused } = load(42);

    expect(refused[0]?.plugin).toBe('candidate-0');
  });
});
