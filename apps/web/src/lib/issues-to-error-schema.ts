/**
 * Server validation issues (`error.data.issues`) placed on the form fields they name. Issue
 * paths point into the request (`/params/tiers/0/amount`); the form holds only the params.
 */
import type { ErrorSchema } from '@rjsf/utils';
import type { ApiIssue } from '../api/types.js';
import { localize } from './localized.js';

const PARAMS_PREFIX = /^\/?params(\/|$)/;

function segments(issue: ApiIssue): string[] {
  const path = issue.path.replace(PARAMS_PREFIX, '');
  const steps = path
    .split('/')
    .filter(Boolean)
    .map((step) => step.replace(/~1/g, '/'));
  if (steps.length === 0 && issue.field) return [issue.field];

  return steps.map((step) => step.replace(/~0/g, '~'));
}

export interface PlacedIssues {
  errorSchema: ErrorSchema;
  /** Issues with no field to stand next to: shown above the form. */
  general: string[];
}

export function issuesToErrorSchema(issues: readonly ApiIssue[], locale: string): PlacedIssues {
  const errorSchema: ErrorSchema = {};
  const general: string[] = [];

  for (const issue of issues) {
    const message = localize(issue.message, locale);
    const steps = segments(issue);
    if (steps.length === 0) {
      general.push(message);
      continue;
    }

    let node: Record<string, unknown> = errorSchema;
    for (const step of steps) {
      const next = (node[step] ?? {}) as Record<string, unknown>;
      node[step] = next;
      node = next;
    }
    const list = (node.__errors ?? []) as string[];
    node.__errors = [...list, message];
  }
  return { errorSchema, general };
}
