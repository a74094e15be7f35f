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
  if (!request.url.startsWith('/trpc/')) return reply.send(error);

  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const path = request.url.slice('/trpc/'.length).split('?')[0] ?? '';
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
  if (!request.url.startsWith('/trpc/') || !/^\s*multipart\//i.test(header ?? '')) return;

  const { status, body } = trpcErrorAnswer(contentTypeRefusal(header));
  return reply.code(status).send(body);
}
