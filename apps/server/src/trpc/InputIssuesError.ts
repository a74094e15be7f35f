import type { ValidationIssue } from '@campaign-studio/engine';

/**
 * What the shell needs to put a message next to a field: a JSON pointer into the procedure's
 * input, the field and block when known, and the message in both languages.
 */
export type InputIssue = Pick<ValidationIssue, 'path' | 'field' | 'block' | 'keyword' | 'message'>;

/** Invalid input with every problem found; the error formatter copies `issues` to the client. */
export class InputIssuesError extends Error {
  readonly issues: InputIssue[];
  /** The engine's code (`INVALID_CAMPAIGN`, …) when the engine found the issues. */
  readonly reason: string | undefined;

  constructor(issues: InputIssue[], reason?: string) {
    super(describeIssues(issues));
    this.name = 'InputIssuesError';
    this.issues = issues;
    this.reason = reason;
  }
}

/** `path: message` of the first issue, and how many more there are. */
export function describeIssues(issues: readonly InputIssue[]): string {
  const first = issues[0];
  if (first === undefined) return 'The input is not valid.';

  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path || '/'}: ${first.message.en}${more}`;
}

/** The same summary in Chinese, for the shell's zh-CN users. */
export function describeIssuesZh(issues: readonly InputIssue[]): string {
  const first = issues[0];
  if (first === undefined) return '输入有误。';

  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处）` : '';
  return `${first.path || '/'}：${first.message['zh-CN']}${more}`;
}

/** Moves issues of a nested value (e.g. a campaign document) under its place in the input. */
export function underPath(prefix: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));
}
