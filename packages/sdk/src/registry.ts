import {
  createEngine,
  type AnyBlock,
  type CampaignDocument,
  type Engine,
  type JsonSchema,
  type LocalizedText,
  type Stage,
} from '@campaign-studio/engine';
import { instantiateTemplate, type CampaignIdentity } from './instantiate-template.js';
import type { PluginRefusal } from './plugin-refusal.js';
import type {
  LintWarning,
  ParamBound,
  PluginDefinition,
  SampleContext,
  TemplateDefinition,
} from './types.js';

/** A block as the shell sees it: everything but the code. */
export interface BlockDescription {
  id: string;
  plugin: string;
  kind: AnyBlock['kind'];
  stage?: Stage;
  label: LocalizedText;
  description: LocalizedText;
  group?: string;
  paramsSchema: JsonSchema;
}

export interface TemplateDescription {
  id: string;
  plugin: string;
  version: number;
  name: LocalizedText;
  description: LocalizedText;
  scenarios: string[];
  paramsSchema: JsonSchema;
  defaults: Record<string, unknown>;
  bounds: Record<string, ParamBound>;
}

export interface PluginDescription {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  version: string;
  blocks: BlockDescription[];
  templates: TemplateDescription[];
  samples: SampleContext[];
}

/** JSON the shell renders its palette, gallery, forms and simulator from. */
export interface RegistryDescription {
  engineVersion: string;
  plugins: PluginDescription[];
  refused: PluginRefusal[];
}

/** The loaded plugins with one engine over all their blocks. */
export interface Registry {
  readonly engine: Engine;
  readonly plugins: readonly PluginDefinition[];
  readonly refused: readonly PluginRefusal[];
  template(id: string): TemplateDefinition | undefined;
  /** Throws `EngineError` for params or a campaign that are not valid; see instantiateTemplate. */
  instantiate(
    templateId: string,
    params: Record<string, unknown>,
    identity: CampaignIdentity,
  ): CampaignDocument;
  describe(): RegistryDescription;
  /**
   * Every plugin's lints on a valid campaign document. A lint that throws is reported as a
   * warning of its own, so a broken lint never hides the campaign's problems.
   */
  lint(document: CampaignDocument): LintWarning[];
}

export function createRegistry(
  plugins: readonly PluginDefinition[],
  refused: readonly PluginRefusal[],
): Registry {
  const engine = createEngine({ blocks: plugins.flatMap((plugin) => plugin.blocks) });
  const templates = new Map(
    plugins.flatMap((plugin) => plugin.templates.map((template) => [template.id, template])),
  );
  const description: RegistryDescription = {
    engineVersion: engine.version,
    plugins: plugins.map(describePlugin),
    refused: [...refused],
  };

  return {
    engine,
    plugins,
    refused,
    template: (id) => templates.get(id),
    instantiate(templateId, params, identity) {
      const template = templates.get(templateId);
      if (!template) throw new RangeError(`no template named ${templateId}`);
      return instantiateTemplate(engine, template, params, identity);
    },
    describe: () => description,
    lint: (document) => plugins.flatMap((plugin) => runLints(plugin, document)),
  };
}

function runLints(plugin: PluginDefinition, document: CampaignDocument): LintWarning[] {
  return (plugin.lints ?? []).flatMap((lint, index) => {
    try {
      return lint(document);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return [
        {
          code: `${plugin.id}.lint-failed`,
          path: '',
          message: {
            'zh-CN': `插件 ${plugin.id} 的第 ${index + 1} 项检查出错：${text}`,
            en: `check ${index + 1} of plugin ${plugin.id} failed: ${text}`,
          },
        },
      ];
    }
  });
}

function describePlugin(plugin: PluginDefinition): PluginDescription {
  return {
    id: plugin.id,
    name: plugin.name,
    description: plugin.description,
    version: plugin.version,
    blocks: plugin.blocks.map((block) => ({
      id: block.id,
      plugin: plugin.id,
      kind: block.kind,
      ...(block.kind === 'benefit' && { stage: block.stage }),
      label: block.label,
      description: block.description,
      ...(block.group && { group: block.group }),
      paramsSchema: block.paramsSchema,
    })),
    templates: plugin.templates.map((template) => ({
      id: template.id,
      plugin: plugin.id,
      version: template.version,
      name: template.name,
      description: template.description,
      scenarios: template.scenarios ?? [],
      paramsSchema: template.paramsSchema,
      defaults: template.defaults,
      bounds: template.bounds ?? {},
    })),
    samples: plugin.samples,
  };
}
