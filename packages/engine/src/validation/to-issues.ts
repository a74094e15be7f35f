import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from '../errors.js';
import { describeError } from './describe-error.js';

/**
 * Turns ajv errors into issues under `prefix` (a JSON pointer). A missing property points at
 * the property itself, so the shell can show the message next to that field. Errors that only
 * say "a sub-schema of oneOf failed" are dropped when a more precise error exists, and so are
 * the other errors of a value of the wrong type: `required`, `not` and the like hold or fail
 * vacuously on a non-object, and only the type says what is wrong.
 */
export function toIssues(
  errors: readonly ErrorObject[] | null | undefined,
  prefix = '',
  block?: string,
): ValidationIssue[] {
  const all = errors ?? [];
  const wrongType = new Set(
    all.filter((error) => error.keyword === 'type').map((error) => error.instancePath),
  );
  const precise = all.filter(
    (error) =>
      !isCompositeNoise(error) && (error.keyword === 'type' || !wrongType.has(error.instancePath)),
  );
  const issues = precise.map((error) => toIssue(error, prefix, block));

  return dedupe(issues);
}

function toIssue(error: ErrorObject, prefix: string, block?: string): ValidationIssue {
  const params = error.params as Record<string, unknown>;
  const missing = error.keyword === 'required' ? `/${String(params.missingProperty)}` : '';
  const extra =
    error.keyword === 'additionalProperties' ? `/${String(params.additionalProperty)}` : '';
  const path = `${prefix}${error.instancePath}${missing}${extra}`;
  const field = lastField(path);
  const issue: ValidationIssue = { path, keyword: error.keyword, message: describeError(error) };
  if (block) issue.block = block;
  if (field) issue.field = field;

  return issue;
}

function isCompositeNoise(error: ErrorObject): boolean {
  return error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if';
}

/** The last non-numeric segment of a pointer: `/tiers/2/amount` → `amount`. */
export function lastField(pointer: string): string | undefined {
  const segments = pointer.split('/').filter((segment) => segment && !/^\d+$/.test(segment));

  return segments.at(-1);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();

  return issues.filter((issue) => {
    const key = `${issue.path}|${issue.keyword}|${issue.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
