import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookie } from '../trpc/RequestContext.js';

export const SESSION_COOKIE = 'cs_session';

/** The session cookie of one HTTP exchange: HTTP-only, SameSite=Lax, for the whole site. */
export function fastifySessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { secure: boolean },
): SessionCookie {
  const base = { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secure } as const;

  return {
    token: request.cookies[SESSION_COOKIE],
    set: (token, expiresAt) => {
      reply.setCookie(SESSION_COOKIE, token, { ...base, expires: expiresAt });
    },
    clear: () => {
      reply.clearCookie(SESSION_COOKIE, base);
    },
  };
}
