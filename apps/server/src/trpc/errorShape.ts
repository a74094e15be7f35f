import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { errorDetails } from './errorDetails.js';

/**
 * Every error answer carries its message in both languages (`data.message`), a reason code
 * where one helps a client, and the issues of invalid input. An unexpected failure's own
 * message is replaced by a generic one: it may name tables, files or library internals.
 */
export function localizedShape(shape: TRPCDefaultErrorShape, error: TRPCError) {
  const details = errorDetails(error);

  return {
    ...shape,
    message: details.message.en,
    data: { ...shape.data, ...details },
  };
}

/**
 * The status and body tRPC answers `error` with, for a request the web framework refuses
 * before tRPC sees it, so that clients need one error format. The shape is tRPC's default
 * (`path` only when given) run through the same `localizedShape` as the error formatter; like
 * in production, no stack.
 */
export function trpcErrorAnswer(error: TRPCError, path?: string) {
  const httpStatus = getHTTPStatusCodeFromError(error);
  const shape: TRPCDefaultErrorShape = {
    message: error.message,
    code: TRPC_ERROR_CODES_BY_KEY[error.code],
    data: { code: error.code, httpStatus, ...(path === undefined ? {} : { path }) },
  };

  return { status: httpStatus, body: { error: localizedShape(shape, error) } };
}
