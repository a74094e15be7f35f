import { TRPCError } from '@trpc/server';
import { EngineError } from '@campaign-studio/engine';
import { StorageError } from '@campaign-studio/storage';
import { InputIssuesError } from './InputIssuesError.js';
import { LocalizedError } from './LocalizedError.js';

/**
 * Gives the errors of the layers below the tRPC code that says what happened: invalid
 * documents and contexts are BAD_REQUEST with their issues, stale revisions CONFLICT. The
 * engine's code goes to `reason`, never into the message a person reads.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause;

  if (cause instanceof EngineError) {
    const issues = new InputIssuesError(cause.issues, cause.code);
    return new TRPCError({ code: 'BAD_REQUEST', message: issues.message, cause: issues });
  }

  if (cause instanceof StorageError && cause.code !== 'MIGRATION_FAILED') {
    return new LocalizedError({
      code: cause.code,
      message: cause.localized ?? { 'zh-CN': cause.message, en: cause.message },
      ...(cause.reason === undefined ? {} : { reason: cause.reason }),
      cause,
    });
  }

  if (cause instanceof InputIssuesError && error.code === 'INTERNAL_SERVER_ERROR') {
    return new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
  }

  return error;
}
