/** JSON Schema pieces shared by the procedures' input schemas. */
import type { CampaignDocument, EvaluationContext } from '@campaign-studio/engine';
import { INPUT_HINTS } from '../trpc/inputHints.js';

/**
 * A campaign document as callers send it: typed for the client, but only an object until the
 * engine has checked it (callers may send a draft that is not valid yet).
 */
export type DocumentInput = CampaignDocument | Record<string, unknown>;

/** An evaluation context as callers send it; the engine checks it before use. */
export type ContextInput = EvaluationContext | Record<string, unknown>;

export const idSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  'x-hint': INPUT_HINTS.id,
} as const;

/** Text that must say something: not empty, not only spaces. */
export const notBlank = { pattern: '\\S', 'x-hint': INPUT_HINTS.notBlank } as const;

/** Lower-case ids people type (branches, project stages). */
export const lowerCaseId = {
  pattern: '^[a-z0-9][a-z0-9-]*$',
  'x-hint': INPUT_HINTS.lowerCaseId,
} as const;

export const localizedTextSchema = {
  type: 'object',
  required: ['zh-CN', 'en'],
  additionalProperties: false,
  properties: {
    'zh-CN': { type: 'string', minLength: 1, maxLength: 200 },
    en: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

export const revisionSchema = { type: 'integer', minimum: 1 } as const;

/** Documents and contexts are objects here; the engine checks their content. */
export const objectSchema = { type: 'object' } as const;
