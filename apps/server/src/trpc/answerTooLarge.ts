import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { TOO_LARGE } from './errorDetails.js';

/** tRPC's JSON-RPC number for PAYLOAD_TOO_LARGE, as its own errors carry it. */
const PAYLOAD_TOO_LARGE_RPC = -32413;

/**
 * Fastify refuses a body over its limit before tRPC sees the request; this answers that in
 * tRPC's error shape (with the message in both languages) so clients need one error format.
 * Any other error keeps Fastify's default answer.
 */
export function answerTooLarge(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE' || !request.url.startsWith('/trpc/')) {
    return reply.send(error);
  }

  const path = request.url.slice('/trpc/'.length).split('?')[0] ?? '';
  return reply.code(413).send({
    error: {
      message: TOO_LARGE.en,
      code: PAYLOAD_TOO_LARGE_RPC,
      data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, path, message: TOO_LARGE },
    },
  });
}
