import type { inferRouterInputs } from '@trpc/server';
import {
  fastifyRequestHandler,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppRouter } from '../routers/appRouter.js';
import type { RequestContext } from './RequestContext.js';
import { createCallerFactory } from './trpc.js';

export interface DirectEvaluateOptions {
  /** The options of the `/trpc` plugin, for what is handed over to tRPC. */
  trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];
  /** The context tRPC's `createContext` makes, from the same request. */
  requestContext: (request: FastifyRequest, reply: FastifyReply) => RequestContext;
}

/** Unchecked here: the procedure's own input parser checks it, as for any tRPC call. */
type EvaluateInput = inferRouterInputs<AppRouter>['evaluate'];

/** What tRPC itself answers with on every procedure call. */
const VARY = 'trpc-accept, accept';

/**
 * `POST /trpc/evaluate`, the checkout systems' hot call, without tRPC's fetch adapter: that
 * adapter turns each Node request into a WHATWG `Request` (URL, headers, abort signal, a body
 * stream read back as bytes) and the answer into a `Response` streamed chunk by chunk, which
 * costs a busy server about as much as the evaluation itself.
 *
 * It stays the same tRPC procedure: the route calls `evaluate` through a tRPC caller (its
 * middlewares, input parser and resolver) and writes the success the way tRPC does,
 * `{"result":{"data":…}}` with tRPC's headers. Anything else is handed to tRPC's own Fastify
 * handler, which answers it exactly as the generic `/trpc/:path` route would: a query string
 * (batching), another content type, a streaming `accept`, JSON that does not parse, and every
 * error (evaluate is a dry run, so calling it again there changes nothing). Errors thus keep
 * tRPC's shape, codes, status and `onError` logging without this file knowing them.
 */
export async function directEvaluateRoute(
  scope: FastifyInstance,
  { trpcOptions, requestContext }: DirectEvaluateOptions,
): Promise<void> {
  // Fastify is encapsulated: this scope needs the body parsers tRPC's plugin installs in its
  // own, so that a request handed over finds `req.body` as tRPC expects it.
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    done(null, body);
  });
  scope.addContentTypeParser('multipart/form-data', {}, (_req, body, done) => {
    done(null, body);
  });

  const createCaller = createCallerFactory(trpcOptions.router);
  const handOver = (request: FastifyRequest, reply: FastifyReply) =>
    fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path: 'evaluate' });

  scope.post('/trpc/evaluate', async (request, reply) => {
    const input = plainJsonInput(request);
    if (input === undefined) return handOver(request, reply);

    let data: unknown;
    try {
      data = await createCaller(requestContext(request, reply)).evaluate(input.value);
    } catch {
      return handOver(request, reply);
    }

    // tRPC's own framing, as tRPC writes it without a data transformer (none is configured in
    // trpc.ts; test/direct-evaluate.test.ts compares the two answers byte for byte).
    // Encoded once here: given the text, Fastify would measure its UTF-8 length for
    // Content-Length and the socket encode it again, slow passes over a string that the
    // answer's Chinese labels make two bytes a character.
    const body = Buffer.from(`{"result":{"data":${JSON.stringify(data)}}}`);
    return reply.header('content-type', 'application/json').header('vary', VARY).send(body);
  });
}

/**
 * The parsed body of a request tRPC would read as one plain JSON call, or undefined when
 * tRPC must look at it: its rules for the content type, batching and streaming are its own.
 */
function plainJsonInput(request: FastifyRequest): { value: EvaluateInput } | undefined {
  if (request.url !== '/trpc/evaluate') return undefined;
  const { headers } = request;
  if (headers['trpc-accept'] !== undefined || headers.accept?.includes('jsonl')) return undefined;
  const type = headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
  if (type !== 'application/json' || typeof request.body !== 'string') return undefined;

  try {
    return { value: JSON.parse(request.body) as EvaluateInput };
  } catch {
    return undefined;
  }
}
