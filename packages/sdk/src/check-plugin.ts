import {
  createAjv,
  createEngine,
  EngineError,
  paramsValidator,
  type AnyBlock,
  type Engine,
} from '@campaign-studio/engine';
import blockSchema from '@campaign-studio/schemas/block.schema.json';
import manifestSchema from '@campaign-studio/schemas/plugin-manifest.schema.json';
import templateSchema from '@campaign-studio/schemas/template.schema.json';
import semver from 'semver';
import { instantiateTemplate } from './instantiate-template.js';
import { PluginCheckError } from './plugin-refusal.js';
import type { PluginDefinition } from './types.js';

const ajv = createAjv();
ajv.addSchema(manifestSchema, 'plugin-manifest.schema.json');
const validateManifest = ajv.compile({ $ref: 'plugin-manifest.schema.json' });
const validateBlock = ajv.compile(blockSchema);
const validateTemplate = ajv.compile(templateSchema);

/**
 * Checks one plugin against the engine and the plugins loaded before it. Throws
 * `PluginCheckError` naming the first wrong field; returns the plugin when all is well.
 */
export function checkPlugin(
  candidate: unknown,
  engineVersion: string,
  loaded: ReadonlyMap<string, PluginDefinition>,
): PluginDefinition {
  if (!validateManifest(candidate)) throw firstError(validateManifest.errors, '');
  const plugin = candidate as PluginDefinition;

  if (!semver.satisfies(engineVersion, plugin.engine)) {
    throw new PluginCheckError(
      'engine',
      `works with engine ${plugin.engine}, but this engine is ${engineVersion}`,
    );
  }
  if (loaded.has(plugin.id)) throw new PluginCheckError('id', `id ${plugin.id} is already loaded`);
  (plugin.dependsOn ?? []).forEach((dependency, index) => {
    if (!loaded.has(dependency)) {
      throw new PluginCheckError(
        `dependsOn/${index}`,
        `needs plugin ${dependency}, which is not loaded (load it first)`,
      );
    }
  });

  const known = new Set([...loaded.values()].flatMap((p) => p.blocks.map((b) => b.id)));
  plugin.blocks.forEach((block, index) => checkBlock(block, index, plugin.id, known));
  const engine = createEngine({
    blocks: [...[...loaded.values()].flatMap((p) => p.blocks), ...plugin.blocks],
  });
  (plugin.lints ?? []).forEach((lint, index) => {
    if (typeof lint !== 'function') {
      throw new PluginCheckError(`lints/${index}`, 'a lint must be a function of the document');
    }
  });
  checkTemplates(plugin, engine);
  checkSamples(plugin, engine);

  return plugin;
}

function checkBlock(block: AnyBlock, index: number, pluginId: string, known: Set<string>) {
  const field = `blocks/${index}`;
  if (!validateBlock(block)) throw firstError(validateBlock.errors, field);
  if (typeof block.compile !== 'function') {
    throw new PluginCheckError(`${field}/compile`, `block ${block.id} has no compile function`);
  }
  if (!block.id.startsWith(`${pluginId}.`)) {
    throw new PluginCheckError(`${field}/id`, `block id ${block.id} must start with ${pluginId}.`);
  }
  if (known.has(block.id)) {
    throw new PluginCheckError(`${field}/id`, `block id ${block.id} is already taken`);
  }
  known.add(block.id);
  try {
    const validate = paramsValidator(block.paramsSchema);
    (block.examples ?? []).forEach((example, position) => {
      if (!validate(example)) throw firstError(validate.errors, `${field}/examples/${position}`);
    });
  } catch (error) {
    if (error instanceof PluginCheckError) throw error;
    throw new PluginCheckError(`${field}/paramsSchema`, `not a usable schema: ${String(error)}`);
  }
}

function checkTemplates(plugin: PluginDefinition, engine: Engine): void {
  plugin.templates.forEach((template, index) => {
    const field = `templates/${index}`;
    if (!validateTemplate(template)) throw firstError(validateTemplate.errors, field);
    if (!template.id.startsWith(`${plugin.id}.`)) {
      throw new PluginCheckError(`${field}/id`, `template id must start with ${plugin.id}.`);
    }
    try {
      instantiateTemplate(engine, template, {}, { campaignId: 'template-check' });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const issue = error.issues[0];
      throw new PluginCheckError(
        `${field}${issue?.path.startsWith('/params') ? '/defaults' : '/campaign'}`,
        `template ${template.id} with its defaults: ${issue?.path} ${issue?.message.en}`,
      );
    }
  });
}

function checkSamples(plugin: PluginDefinition, engine: Engine): void {
  plugin.samples.forEach((sample, index) => {
    const issues = engine.validateContext(sample.context);
    const issue = issues[0];
    if (issue) {
      throw new PluginCheckError(
        `samples/${index}/context${issue.path}`,
        `sample ${sample.id}: ${issue.message.en}`,
      );
    }
  });
}

function firstError(
  errors:
    | { instancePath: string; message?: string; params?: Record<string, unknown> }[]
    | null
    | undefined,
  prefix: string,
): PluginCheckError {
  const error = errors?.[0];
  const missing = error?.params?.missingProperty;
  const path = `${prefix}${error?.instancePath ?? ''}${missing ? `/${String(missing)}` : ''}`;

  return new PluginCheckError(path.replace(/^\//, ''), error?.message ?? 'is not valid');
}
