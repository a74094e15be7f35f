import { TRPCError } from '@trpc/server';
import type { LocalizedText } from '@campaign-studio/engine';

type ErrorCode = TRPCError['code'];

export interface LocalizedErrorOptions {
  code: ErrorCode;
  message: LocalizedText;
  /** A stable reason for clients that act on it, e.g. `nothing-to-publish`. */
  reason?: string;
  /** For TOO_MANY_REQUESTS: how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** For a refused redemption: the figures of every limit that did not fit. */
  limits?: unknown[];
  cause?: unknown;
}

/**
 * A tRPC error with its message in both languages: the error formatter puts it in
 * `error.data.message` so the shell can show the user's language, and the English text is the
 * plain `error.message` for other callers.
 */
export class LocalizedError extends TRPCError {
  readonly localized: LocalizedText;
  readonly reason: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly limits: unknown[] | undefined;

  constructor(options: LocalizedErrorOptions) {
    super({
      code: options.code,
      message: options.message.en,
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.localized = options.message;
    this.reason = options.reason;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.limits = options.limits;
  }
}

export function localizedError(
  code: ErrorCode,
  en: string,
  zh: string,
  reason?: string,
  extra: { retryAfterSeconds?: number } = {},
): LocalizedError {
  return new LocalizedError({
    code,
    message: { 'zh-CN': zh, en },
    ...(reason === undefined ? {} : { reason }),
    ...extra,
  });
}
