import { TRPCError } from '@trpc/server';
import { EngineError } from '@campaign-studio/engine';
import { StorageError } from '@campaign-studio/storage';
import { InputIssuesError } from './InputIssuesError.js';

/**
 * Gives the errors of the layers below the tRPC code that says what happened: invalid
 * documents and contexts are BAD_REQUEST with their issues, stale revisions CONFLICT.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause;

  if (cause instanceof EngineError) {
    return new TRPCError({
      code: 'BAD_REQUEST',
      message: cause.message,
      cause: new InputIssuesError(cause.issues, cause.message),
    });
  }

  if (cause instanceof StorageError && cause.code !== 'MIGRATION_FAILED') {
    return new TRPCError({ code: cause.code, message: cause.message, cause });
  }

  if (cause instanceof InputIssuesError && error.code === 'INTERNAL_SERVER_ERROR') {
    return new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
  }

  return error;
}
