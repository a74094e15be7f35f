/**
 * What an integrator writes: a plugin manifest with its blocks, templates and sample contexts.
 * `schemas/plugin-manifest.schema.json` and `schemas/template.schema.json` describe the data
 * parts; the loader checks them and refuses a broken plugin by name.
 */
import type {
  AnyBlock,
  CampaignDocument,
  EvaluationContext,
  JsonSchema,
  LocalizedText,
} from '@campaign-studio/engine';

/**
 * What a branch may do with one template param (issue-level detail lives in the branch guide):
 * `locked` keeps HQ's value, `free` takes any valid value, a bound limits it.
 */
export type ParamBound =
  | { mode: 'locked' }
  | { mode: 'free' }
  | {
      mode: 'bounded';
      min?: number;
      max?: number;
      allowed?: unknown[];
      /** For arrays: a branch may add items but must keep every one of HQ's, unchanged. */
      keepItems?: boolean;
    };

/**
 * A campaign template: a params schema with defaults, and the campaign it produces. `campaign`
 * is JSON with placeholders: `{"$param": "path"}` takes a param's value, `{"$each": "path",
 * "as": "name", "do": …}` repeats for each item of an array param (spliced into the array it
 * stands in), and `{"$format": "text {{path}} {{path|yuan}}"}` builds a string.
 */
export interface TemplateDefinition {
  /** `<plugin>.<name>`, e.g. `ecommerce.tiered-coupons`. */
  id: string;
  version: number;
  name: LocalizedText;
  description: LocalizedText;
  /** Scenario ids this template carries, e.g. `["E1"]`. */
  scenarios?: string[];
  paramsSchema: JsonSchema;
  defaults: Record<string, unknown>;
  /** Per top-level param: what a branch may change. Absent params are `free`. */
  bounds?: Record<string, ParamBound>;
  campaign: Record<string, unknown>;
}

/** An order or event the simulator offers, with what the plugin expects it to show. */
export interface SampleContext {
  id: string;
  name: LocalizedText;
  /** Template this sample is meant for. */
  template?: string;
  context: EvaluationContext;
}

/** A warning about a risky design, shown while the marketer builds; it never blocks saving. */
export interface LintWarning {
  /** `<plugin>.<name>`, e.g. `telecom.recharge-fairness`. */
  code: string;
  /** JSON pointer of the part of the campaign it is about. */
  path: string;
  /** Says what is risky, with the values compared. */
  message: LocalizedText;
}

/** Looks at a whole campaign document and warns: pure, and fast enough to run on each edit. */
export type Lint = (document: CampaignDocument) => LintWarning[];

export interface PluginDefinition {
  /** Lower-case id, also the prefix of its block and template ids. */
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** The plugin's own version, semver. */
  version: string;
  /** Engine versions it works with, as a semver range, e.g. `^0.1.0`. */
  engine: string;
  /** Ids of plugins whose blocks its templates use. */
  dependsOn?: string[];
  blocks: AnyBlock[];
  templates: TemplateDefinition[];
  samples: SampleContext[];
  /** Checks of risky designs (T1: a new-user offer worth more than the existing-user one). */
  lints?: Lint[];
}
