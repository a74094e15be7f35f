/**
 * The server's validation issues as antd form field errors: `/password` becomes the error of
 * the `password` field, in the shell's language. Issues of nested paths go on their first part.
 */
import type { ApiIssue } from '../api/types.js';
import { localize } from './localized.js';

export interface FieldError {
  name: string;
  errors: string[];
}

export function fieldErrors(issues: readonly ApiIssue[], locale: string): FieldError[] {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const name = issue.path.replace(/^\//, '').split('/')[0] || issue.field || '';
    if (name === '') continue;
    byField.set(name, [...(byField.get(name) ?? []), localize(issue.message, locale)]);
  }

  return [...byField].map(([name, errors]) => ({ name, errors }));
}
