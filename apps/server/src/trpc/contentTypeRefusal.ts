import { localizedError, type LocalizedError } from './LocalizedError.js';

/**
 * tRPC's own words when it will not read a body (trpc/server `getContentTypeHandler`): the
 * header it got, quoted (its closing quote is missing), or that there was none.
 */
const TRPC_UNSUPPORTED = /^Unsupported content-type "(.*?)"?$/s;
const TRPC_MISSING = 'Missing content-type header';

/**
 * The refusal of a body that does not come as JSON, naming the type it came with so the
 * caller sees which header to change. Fastify's refusals (a type it has no parser for, such as
 * a form) and tRPC's (text/plain, or no type on a bodyless POST) both end here, so that every
 * content type is refused with the same answer.
 */
export function contentTypeRefusal(header: string | undefined): LocalizedError {
  const type = header?.split(';', 1)[0]?.trim();
  const [en, zh] =
    type !== undefined && type !== ''
      ? [`this request sent ${type}.`, `本次请求的类型是 ${type}。`]
      : header !== undefined && header.trim() !== ''
        ? [
            `this request's header names no type ("${header.trim()}").`,
            `本次请求的请求头没有写明类型（"${header.trim()}"）。`,
          ]
        : ['this request named no content type.', '本次请求没有写明类型。'];
  return localizedError(
    'UNSUPPORTED_MEDIA_TYPE',
    `The request body must be JSON, sent with content-type: application/json; ${en}`,
    `请求内容须为 JSON，并带请求头 content-type: application/json；${zh}`,
    'unsupported-content-type',
  );
}

/**
 * The header named by tRPC's refusal of a content type, `{ header: undefined }` when there
 * was none; undefined for any other message (tRPC also uses UNSUPPORTED_MEDIA_TYPE for a
 * streamed answer to a call that cannot stream, which is not about the request's body).
 */
export function headerOfTRPCRefusal(message: string): { header: string | undefined } | undefined {
  if (message === TRPC_MISSING) return { header: undefined };
  const unsupported = TRPC_UNSUPPORTED.exec(message);
  return unsupported === null ? undefined : { header: unsupported[1] };
}
