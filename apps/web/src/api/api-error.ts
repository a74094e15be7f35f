/**
 * Turns whatever a tRPC call threw into what the pages show: a code, an HTTP status for refine,
 * and the validation issues that belong next to form fields.
 */
import type { ApiIssue } from './types.js';

export interface ApiErrorInfo {
  message: string;
  code: string;
  statusCode: number;
  issues: ApiIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readIssues(data: Record<string, unknown>): ApiIssue[] {
  const raw = data.issues;
  if (!Array.isArray(raw)) return [];

  return raw.filter(
    (issue): issue is ApiIssue => isRecord(issue) && typeof issue.path === 'string',
  );
}

export function readApiError(error: unknown): ApiErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  const data = isRecord(error) && isRecord(error.data) ? error.data : undefined;
  if (!data) return { message, code: 'UNKNOWN', statusCode: 500, issues: [] };

  return {
    message,
    code: typeof data.code === 'string' ? data.code : 'UNKNOWN',
    statusCode: typeof data.httpStatus === 'number' ? data.httpStatus : 500,
    issues: readIssues(data),
  };
}

/** The error refine's hooks receive: its `HttpError` shape plus our issues. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.statusCode = info.statusCode;
    this.code = info.code;
    this.issues = info.issues;
  }
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(readApiError(error));
}
