import type { TRPCError } from '@trpc/server';
import type { LocalizedText } from '@campaign-studio/engine';
import {
  describeIssues,
  describeIssuesZh,
  InputIssuesError,
  type InputIssue,
} from './InputIssuesError.js';
import { contentTypeRefusal, headerOfTRPCRefusal } from './contentTypeRefusal.js';
import { LocalizedError } from './LocalizedError.js';

/** What the error formatter adds to every error answer. */
export interface ErrorDetails {
  message: LocalizedText;
  reason?: string;
  issues?: InputIssue[];
  retryAfterSeconds?: number;
  /** A refused redemption's limits, with the figures (see docs/api.md). */
  limits?: unknown[];
}

const INVALID_JSON: LocalizedText = {
  'zh-CN': '请求内容不是有效的 JSON，请检查格式。',
  en: 'The request body is not valid JSON; check its syntax.',
};

export const TOO_LARGE: LocalizedText = {
  'zh-CN': '请求内容太大（上限 1 MB），请减小后再试。',
  en: 'The request body is too large (the limit is 1 MB); send less.',
};

/**
 * Texts for errors the server does not raise itself: tRPC's own (a body that is not JSON, an
 * unknown procedure) and failures nobody expected, whose own message may reveal internals.
 */
const GENERIC: Partial<Record<TRPCError['code'], LocalizedText>> = {
  INTERNAL_SERVER_ERROR: {
    'zh-CN': '服务器出错了，请稍后再试；问题已记录。',
    en: 'Something went wrong on the server; try again later. The problem has been logged.',
  },
  PARSE_ERROR: INVALID_JSON,
  PAYLOAD_TOO_LARGE: TOO_LARGE,
  NOT_FOUND: { 'zh-CN': '没有这个接口或对象。', en: 'There is no such procedure or object.' },
  METHOD_NOT_SUPPORTED: {
    'zh-CN': '请求方法不对：查询用 GET，修改用 POST。',
    en: 'Wrong HTTP method: queries are GET, mutations are POST.',
  },
  UNAUTHORIZED: { 'zh-CN': '请先登录。', en: 'Sign in first.' },
  FORBIDDEN: { 'zh-CN': '没有权限执行此操作。', en: 'You may not do this.' },
  CONFLICT: { 'zh-CN': '数据已被修改，请刷新后重试。', en: 'The data changed; reload and retry.' },
};

const FALLBACK: LocalizedText = { 'zh-CN': '请求没有成功。', en: 'The request failed.' };

/** The localized message, reason and issues of an error, whatever raised it. */
export function errorDetails(error: TRPCError): ErrorDetails {
  if (error instanceof LocalizedError) {
    const reason = error.reason === undefined ? {} : { reason: error.reason };
    const wait =
      error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds };
    const limits = error.limits === undefined ? {} : { limits: error.limits };
    return { message: error.localized, ...reason, ...wait, ...limits };
  }

  const cause = error.cause;
  if (cause instanceof InputIssuesError) {
    return {
      message: { 'zh-CN': describeIssuesZh(cause.issues), en: describeIssues(cause.issues) },
      ...(cause.reason === undefined ? {} : { reason: cause.reason }),
      issues: cause.issues,
    };
  }

  // tRPC reads the body itself; JSON it cannot parse arrives here as a SyntaxError.
  if (error.code === 'BAD_REQUEST' && cause instanceof SyntaxError) {
    return { message: INVALID_JSON, reason: 'invalid-json' };
  }

  // tRPC refuses a body that is not JSON (text/plain, or no type) in its own words.
  if (error.code === 'UNSUPPORTED_MEDIA_TYPE') {
    const refused = headerOfTRPCRefusal(error.message);
    if (refused !== undefined) return errorDetails(contentTypeRefusal(refused.header));
  }

  const generic = GENERIC[error.code];
  if (generic !== undefined) return { message: generic };
  if (error.code === 'BAD_REQUEST') {
    return { message: { 'zh-CN': '请求内容有误。', en: error.message } };
  }
  return { message: FALLBACK };
}
