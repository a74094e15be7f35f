/**
 * Shapes the shell reads from the server, as the API (docs/api.md) defines
 * them. Engine and SDK types are imported as types only: nothing of theirs is bundled.
 */
import type {
  CampaignDocument,
  EvaluationContext,
  JsonSchema,
  LocalizedText,
} from '@campaign-studio/engine';
import type { LifecycleStatus } from '../lib/lifecycle-steps.js';

export type Role = 'hq-admin' | 'branch-manager' | 'marketer' | 'integrator' | 'auditor';

export interface User {
  id: string;
  username: string;
  displayName: string;
  /** The name in English, when the user has one. */
  displayNameEn?: string;
  role: Role | string;
  branchId: string;
  branchName?: LocalizedText | string;
  /** What the role allows (the server refuses the rest). */
  may?: { edit: boolean; publish: boolean };
}

/** Where a campaign is in its life cycle; `published` is what servers before approval said. */
export type CampaignState = LifecycleStatus | 'published';

/** A type alias, not an interface, so that it fits refine's open `BaseRecord`. */
export type Campaign = {
  id: string;
  branchId: string;
  plugin: string;
  templateId?: string;
  templateVersion?: number;
  templateParams?: Record<string, unknown>;
  name: LocalizedText | string;
  /** Draft or published: whether a frozen version exists. */
  status: 'draft' | 'published';
  /** Where it is in its life cycle; scheduled / running / ended follow the window. */
  lifecycle: LifecycleStatus;
  revision: number;
  document: CampaignDocument;
  publishedVersion?: number;
  /** Published, and the draft differs from the published version. */
  hasUnpublishedChanges?: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
};

export interface PluginSummary {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  version: string;
}

export interface BlockSummary {
  id: string;
  kind: string;
  stage?: string;
  label: LocalizedText;
  description?: LocalizedText;
  group?: string;
  paramsSchema: JsonSchema;
}

export interface TemplateSummary {
  id: string;
  version: number;
  name: LocalizedText;
  description: LocalizedText;
  paramsSchema: JsonSchema;
  defaults: Record<string, unknown>;
  bounds?: Record<string, unknown>;
  scenarios?: string[];
}

export interface SampleSummary {
  id: string;
  name: LocalizedText;
  template?: string;
  plugin?: string;
  context: EvaluationContext;
}

export interface Refusal {
  plugin: string;
  field: string;
  message: string;
}

export interface Registry {
  plugins: PluginSummary[];
  blocks: BlockSummary[];
  templates: TemplateSummary[];
  samples: SampleSummary[];
  refused?: Refusal[];
}

/** One validation problem as the server reports it in `error.data.issues`. */
export interface ApiIssue {
  path: string;
  field?: string;
  block?: string;
  message: LocalizedText | string;
}
