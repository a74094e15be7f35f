import type { LocalizedText } from './types/index.js';

/** One problem found in a document, context or template params, located by a JSON pointer. */
export interface ValidationIssue {
  /** JSON pointer to the wrong value, e.g. `/rules/0/then/0/params/amount`. */
  path: string;
  /** The block whose params hold the problem, when there is one. */
  block?: string;
  /** The field named by the path's last segment, e.g. `amount`. */
  field?: string;
  /** The ajv keyword that failed, or one of ours: `unknown-block`, `wrong-kind`, … */
  keyword: string;
  message: LocalizedText;
}

export type EngineErrorCode = 'INVALID_CAMPAIGN' | 'INVALID_CONTEXT' | 'INVALID_TEMPLATE_PARAMS';

/** The engine's one error type: invalid input, with every problem found at once. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly issues: ValidationIssue[];

  constructor(code: EngineErrorCode, issues: ValidationIssue[]) {
    const first = issues[0];
    const summary = first ? `${first.path || '/'}: ${first.message.en}` : 'no details';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${code}: ${summary}${more}`);
    this.name = 'EngineError';
    this.code = code;
    this.issues = issues;
  }
}
