/**
 * Turns whatever a tRPC call threw into what the pages show: a code, an HTTP status for refine,
 * and the validation issues that belong next to form fields.
 */
import type { LocalizedText } from '@campaign-studio/engine';
import type { ApiIssue } from './types.js';

export interface ApiErrorInfo {
  message: string;
  /** The server's message in both languages (`error.data.message`), when it sent one. */
  localized?: LocalizedText;
  /** The server's reason code, e.g. `nothing-to-publish`. */
  reason?: string;
  code: string;
  statusCode: number;
  issues: ApiIssue[];
  /** How long to wait before trying again (TOO_MANY_REQUESTS), from `error.data`. */
  retryAfterSeconds?: number;
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

function readLocalized(value: unknown): LocalizedText | undefined {
  if (!isRecord(value) || typeof value.en !== 'string') return undefined;
  const zh = value['zh-CN'];
  return typeof zh === 'string' ? { 'zh-CN': zh, en: value.en } : undefined;
}

/**
 * What to show a person: the server's message in their language, else a generic sentence in
 * that language (never an English server sentence or an error class name in zh-CN).
 */
export function apiErrorText(error: unknown, locale: string): string {
  const info = readApiError(error);
  if (info.localized) return locale === 'en' ? info.localized.en : info.localized['zh-CN'];
  if (locale === 'en') return info.message || 'The request failed.';
  return info.statusCode >= 500 || info.code === 'UNKNOWN'
    ? '无法连接服务器或服务器出错，请稍后再试。'
    : '请求没有成功。';
}

export function readApiError(error: unknown): ApiErrorInfo {
  if (error instanceof ApiError) {
    return {
      message: error.message,
      ...(error.localized === undefined ? {} : { localized: error.localized }),
      ...(error.reason === undefined ? {} : { reason: error.reason }),
      code: error.code,
      statusCode: error.statusCode,
      issues: error.issues,
      ...(error.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: error.retryAfterSeconds }),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const data = isRecord(error) && isRecord(error.data) ? error.data : undefined;
  if (!data) return { message, code: 'UNKNOWN', statusCode: 500, issues: [] };

  const localized = readLocalized(data.message);
  return {
    message,
    ...(localized === undefined ? {} : { localized }),
    ...(typeof data.reason === 'string' ? { reason: data.reason } : {}),
    code: typeof data.code === 'string' ? data.code : 'UNKNOWN',
    statusCode: typeof data.httpStatus === 'number' ? data.httpStatus : 500,
    issues: readIssues(data),
    ...(typeof data.retryAfterSeconds === 'number'
      ? { retryAfterSeconds: data.retryAfterSeconds }
      : {}),
  };
}

/** The error refine's hooks receive: its `HttpError` shape plus our issues. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  readonly localized: LocalizedText | undefined;
  readonly reason: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.localized = info.localized;
    this.reason = info.reason;
    this.statusCode = info.statusCode;
    this.code = info.code;
    this.issues = info.issues;
    this.retryAfterSeconds = info.retryAfterSeconds;
  }
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(readApiError(error));
}
