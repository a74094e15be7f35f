/**
 * `POST /trpc/evaluate` is answered by a route of its own (trpc/directEvaluateRoute.ts) and
 * everything else by tRPC's handler. A query string sends the same call through tRPC (it
 * reads no parameter but `batch`), so each answer here is compared, byte for byte, with the
 * one tRPC gives for the same body. The direct answer carries a Content-Length; tRPC streams
 * its answer without one, which shows which of the two answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationContext } from '@campaign-studio/engine';
import { startServer, type RunningServer } from '../src/startServer.js';
import { anonymous, signedIn, silentLogger } from './support/testServices.js';

const TEMPLATE = 'ecommerce.tiered-coupons';

interface Answer {
  status: number;
  body: string;
  contentType: string | null;
  vary: string | null;
  contentLength: string | null;
}

describe('evaluate over its own route', () => {
  let server: RunningServer;
  let samples: EvaluationContext[];

  beforeAll(async () => {
    server = await startServer({
      port: 0,
      dataDir: 'memory://',
      seed: true,
      stageChecks: false,
      logger: silentLogger,
    });
    const { services } = server;
    const admin = await signedIn(services, 'hq-admin');
    const hq = await admin.campaigns.create({ templateId: TEMPLATE, params: {} });
    await admin.campaigns.publish({ id: hq.id, revision: hq.revision });
    const east = await signedIn(services, 'east-manager');
    const local = await east.campaigns.create({ templateId: TEMPLATE, id: 'east-coupons' });
    await east.campaigns.publish({ id: local.id, revision: local.revision });

    const registry = await anonymous(services).registry.get();
    samples = registry.plugins.flatMap((plugin) => plugin.samples.map((s) => s.context));
  });

  afterAll(async () => {
    await server?.close();
  });

  async function send(
    query: string,
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<Answer> {
    const response = await fetch(`${server.url}/trpc/evaluate${query}`, {
      method: 'POST',
      headers,
      body,
    });
    return {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get('content-type'),
      vary: response.headers.get('vary'),
      contentLength: response.headers.get('content-length'),
    };
  }

  /** The same request both ways: what the route answered, after checking tRPC's is equal. */
  async function bothWays(body: string, headers?: Record<string, string>): Promise<Answer> {
    const direct = await send('', body, headers);
    const viaTRPC = await send('?via=trpc', body, headers);
    expect(viaTRPC.contentLength).toBeNull();
    expect({ ...direct, contentLength: null }).toEqual(viaTRPC);
    return direct;
  }

  it('answers every sample exactly as tRPC does, with and without explanations', async () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    let direct = 0;
    for (const context of samples) {
      for (const branchId of [undefined, 'hq', 'east']) {
        for (const explain of [undefined, true, false]) {
          const input = {
            context: branchId === undefined ? context : { ...context, branchId },
            ...(explain === undefined ? {} : { explain }),
          };
          const answer = await bothWays(JSON.stringify(input));
          expect(answer.status).toBe(200);
          expect(answer.contentType).toBe('application/json');
          expect(answer.vary).toBe('trpc-accept, accept');
          expect(answer.contentLength).toBe(String(Buffer.byteLength(answer.body)));
          direct += 1;
        }
      }
    }
    expect(direct).toBe(samples.length * 9);
  });

  it('gives the E1 order its 100.00 off, in Chinese labels too', async () => {
    const e1 = samples.find((context) => context.coupons?.length === 4);
    const answer = await bothWays(JSON.stringify({ context: { ...e1, branchId: 'east' } }));
    const { data } = (JSON.parse(answer.body) as { result: { data: Record<string, unknown> } })
      .result;
    expect(data).toMatchObject({ listSubtotal: 65000, discount: 10000, payable: 55000 });
    expect(answer.body).toMatch(/[\u4e00-\u9fff]/);
  });

  it("answers as the tRPC plugin's own route does, which a batch of two reaches", async () => {
    // `/trpc/evaluate,evaluate` is not the direct route's path: the tRPC plugin's scope, its
    // parsers and hooks answer it, and frame each call as the direct route frames its one.
    for (const explain of [true, false]) {
      const input = JSON.stringify({ context: { ...samples[0], branchId: 'east' }, explain });
      const direct = await send('', input);
      const response = await fetch(`${server.url}/trpc/evaluate,evaluate?batch=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"0":${input},"1":${input}}`,
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(`[${direct.body},${direct.body}]`);
    }
  });

  it('takes a JSON content type with parameters, in any case', async () => {
    const body = JSON.stringify({ context: samples[0], explain: false });
    for (const type of ['application/json; charset=utf-8', 'Application/JSON']) {
      const answer = await bothWays(body, { 'content-type': type });
      expect(answer.status).toBe(200);
      expect(answer.contentLength).not.toBeNull();
    }
  });

  it('leaves refusals to tRPC: the same status, codes, issues and messages', async () => {
    const context = samples[0]!;
    const refused: [string, number, string][] = [
      [JSON.stringify({ context: { ...context, branchId: 'west' } }), 400, 'BAD_REQUEST'],
      [JSON.stringify({ context: { instant: 'soon', lines: [] } }), 400, 'BAD_REQUEST'],
      [JSON.stringify({ context, explain: 'yes' }), 400, 'BAD_REQUEST'],
      [JSON.stringify({ context, extra: 1 }), 400, 'BAD_REQUEST'],
      [JSON.stringify({ context: { ...context, note: 'a\u0000b' } }), 400, 'BAD_REQUEST'],
      ['{"context": ', 400, 'BAD_REQUEST'],
      ['', 400, 'BAD_REQUEST'],
      ['null', 400, 'BAD_REQUEST'],
      ['[]', 400, 'BAD_REQUEST'],
    ];
    for (const [body, status, code] of refused) {
      const answer = await bothWays(body);
      expect([body, answer.status]).toEqual([body, status]);
      const { error } = JSON.parse(answer.body) as { error: { data: { code: string } } };
      expect(error.data.code).toBe(code);
    }

    const unknown = await bothWays(JSON.stringify({ context: { ...context, branchId: 'west' } }));
    expect(JSON.parse(unknown.body)).toMatchObject({
      error: {
        message: '/context/branchId: unknown branch west; branches.list lists them',
        data: { httpStatus: 400, path: 'evaluate', issues: [{ keyword: 'unknown-branch' }] },
      },
    });
  });

  it('leaves batches, streaming, other content types and other methods to tRPC', async () => {
    const input = { context: samples[0], explain: false };
    const plain = await send('', JSON.stringify(input));

    const batch = await send('?batch=1', JSON.stringify({ 0: input }));
    expect(batch.status).toBe(200);
    expect(batch.body).toBe(`[${plain.body}]`);

    const streamed = await bothWays(JSON.stringify(input), {
      'content-type': 'application/json',
      'trpc-accept': 'application/jsonl',
    });
    expect(streamed.status).toBe(400);

    const text = await bothWays(JSON.stringify(input), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);

    const get = await fetch(`${server.url}/trpc/evaluate`);
    expect(get.status).toBe(405);
    expect(get.headers.get('content-length')).toBeNull();
  });
});
