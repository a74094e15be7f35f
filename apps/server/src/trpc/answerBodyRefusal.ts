import { TRPCError } from '@trpc/server';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { contentTypeRefusal } from './contentTypeRefusal.js';
import { trpcErrorAnswer } from './errorShape.js';

/**
 * Fastify refuses some bodies before tRPC sees the request: one over its limit, and one of a
 * content type it has no parser for (a form, none at all, or a header it cannot read). This
 * answers those in tRPC's error shape (with the message in both languages) so clients need one
 * error format; a content type is refused exactly as tRPC refuses text/plain, which it reads
 * itself. Any other error keeps Fastify's default answer.
 */
export function answerBodyRefusal(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const path = procedurePathOf(request);
  if (path === undefined) return reply.send(error);

  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const { status, body } = trpcErrorAnswer(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }), path);
    return reply.code(status).send(body);
  }

  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    // Without `path`: tRPC's own refusal of a content type comes before it looks at the path.
    const { status, body } = trpcErrorAnswer(contentTypeRefusal(request.headers['content-type']));
    return reply.code(status).send(body);
  }

  return reply.send(error);
}

/**
 * tRPC would read a `multipart/form-data` body as FormData and hand it to the procedure, which
 * takes JSON only and then lists FormData's methods as unknown fields: refused before, as every
 * other body that is not JSON is.
 */
export async function refuseFormData(request: FastifyRequest, reply: FastifyReply) {
  const header = request.headers['content-type'];
  // A GET has no body: its content type is not looked at, whatever it says.
  if (request.method !== 'POST' || !/^\s*multipart\//i.test(header ?? '')) return;
  if (procedurePathOf(request) === undefined) return;

  const { status, body } = trpcErrorAnswer(contentTypeRefusal(header));
  return reply.code(status).send(body);
}

/**
 * The procedure path of a request routed to tRPC (`auth.login`, `evaluate,evaluate`), or
 * undefined for any other route. Read from the route Fastify matched, not the raw URL, which a
 * client may spell otherwise (`/%74rpc/…`, an absolute request target).
 */
function procedurePathOf(request: FastifyRequest): string | undefined {
  const route = request.routeOptions.url;
  if (route === undefined || !route.startsWith('/trpc/')) return undefined;
  const { path } = (request.params ?? {}) as { path?: string };
  return path ?? route.slice('/trpc/'.length);
}
