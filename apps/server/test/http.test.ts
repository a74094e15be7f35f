import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/startServer.js';
import { silentLogger } from './support/testServices.js';

describe('over HTTP', () => {
  let server: RunningServer;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'cs-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Campaign Studio</title>');
    writeFileSync(join(webDist, 'app.js'), 'console.log(1)');
    server = await startServer({
      port: 0,
      dataDir: 'memory://',
      seed: true,
      webDist,
      logger: silentLogger,
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('answers the health check', async () => {
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('sets an HTTP-only SameSite=Lax session cookie at login, and reads it back', async () => {
    const login = await post('/trpc/auth.login', { username: 'hq-admin', password: 'demo1234' });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^cs_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');

    const cookie = setCookie.split(';')[0] ?? '';
    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    const body = (await me.json()) as { result: { data: { user: { username: string } } } };
    expect(body.result.data.user.username).toBe('hq-admin');

    const list = await fetch(`${server.url}/trpc/campaigns.list`, { headers: { cookie } });
    expect(list.status).toBe(200);
  });

  it('answers 401 without a session and 400 with issues for bad input', async () => {
    const list = await fetch(`${server.url}/trpc/campaigns.list`);
    expect(list.status).toBe(401);

    const bad = await post('/trpc/evaluate', { context: { instant: 'soon', lines: [] } });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { data: { code: string; issues: { path: string; message: { en: string } }[] } };
    };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    const paths = body.error.data.issues.map((issue) => issue.path);
    expect(paths).toContain('/context/customer');
    expect(paths).toContain('/context/instant');
  });

  it('answers malformed and too-large bodies in the tRPC error shape, both languages', async () => {
    const send = (body: string) =>
      fetch(`${server.url}/trpc/evaluate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const malformed = await send('{"context": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: {
        message: 'The request body is not valid JSON; check its syntax.',
        code: -32600,
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          path: 'evaluate',
          reason: 'invalid-json',
          message: {
            'zh-CN': '请求内容不是有效的 JSON，请检查格式。',
            en: 'The request body is not valid JSON; check its syntax.',
          },
        },
      },
    });

    const large = await send(JSON.stringify({ context: { pad: 'x'.repeat(1024 * 1024) } }));
    expect(large.status).toBe(413);
    const body = (await large.json()) as {
      error: { code: number; data: { code: string; message: Record<string, string> } };
    };
    expect(body.error.code).toBe(-32013);
    expect(body.error.data.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.data.message['zh-CN']).toBe('请求内容太大（上限 1 MB），请减小后再试。');
  });

  it('refuses a body not sent as JSON with 415, naming the content type to send', async () => {
    const formData = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      return form;
    };
    const json = JSON.stringify({ context: {} });
    const refusal = (en: string, zh: string) => ({
      error: {
        message: `The request body must be JSON, sent with content-type: application/json; ${en}`,
        code: -32015,
        data: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          httpStatus: 415,
          message: {
            'zh-CN': `请求内容须为 JSON，并带请求头 content-type: application/json；${zh}`,
            en: `The request body must be JSON, sent with content-type: application/json; ${en}`,
          },
          reason: 'unsupported-content-type',
        },
      },
    });
    const none = refusal('this request named no content type.', '本次请求没有写明类型。');
    const refused: [string, RequestInit, unknown][] = [
      // tRPC reads text/plain itself (fetch adds `;charset=UTF-8`) and refuses it.
      [
        'text/plain',
        { body: json },
        refusal('this request sent text/plain.', '本次请求的类型是 text/plain。'),
      ],
      // Fastify has no parser for these and refuses them before tRPC sees the request.
      [
        'form',
        { body: new URLSearchParams({ context: '{}' }) },
        refusal(
          'this request sent application/x-www-form-urlencoded.',
          '本次请求的类型是 application/x-www-form-urlencoded。',
        ),
      ],
      ['bytes without a type', { body: new TextEncoder().encode(json) }, none],
      // tRPC would read a form upload as FormData: refused first, like the rest.
      [
        'form upload',
        { body: formData({ username: 'hq-admin', password: 'demo1234' }) },
        refusal('this request sent multipart/form-data.', '本次请求的类型是 multipart/form-data。'),
      ],
      [
        'a header without a type',
        { body: json, headers: { 'content-type': ';' } },
        refusal(
          'this request\'s header names no type (";").',
          '本次请求的请求头没有写明类型（";"）。',
        ),
      ],
      // No body and no type: tRPC's refusal again.
      ['nothing', {}, none],
    ];
    for (const path of ['evaluate', 'auth.login', 'evaluate,evaluate?batch=1']) {
      for (const [name, init, expected] of refused) {
        const response = await fetch(`${server.url}/trpc/${path}`, { method: 'POST', ...init });
        expect([path, name, response.status]).toEqual([path, name, 415]);
        expect(await response.json()).toEqual(expected);
      }
    }

    // The path as routed, not as spelled: `%74` is a `t`.
    const spelled = await fetch(`${server.url}/%74rpc/auth.login`, {
      method: 'POST',
      body: formData({ username: 'hq-admin', password: 'demo1234' }),
    });
    expect(spelled.status).toBe(415);
    expect(await spelled.json()).toEqual(
      refusal('this request sent multipart/form-data.', '本次请求的类型是 multipart/form-data。'),
    );

    // A GET query has no body: its content type is not looked at, as before.
    const get = await fetch(`${server.url}/trpc/registry.get`, {
      headers: { 'content-type': 'text/plain' },
    });
    expect(get.status).toBe(200);
  });

  it('takes a query by POST, so a campaign too big for a URL can still be validated', async () => {
    const login = await post('/trpc/auth.login', { username: 'hq-admin', password: 'demo1234' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rules = Array.from({ length: 300 }, (_, index) => ({
      id: `tier-${index}`,
      when: { block: 'core.order-amount', params: { min: 100 * (index + 1) } },
      then: [{ block: 'core.amount-off', params: { amount: index === 299 ? -1 : 100 } }],
    }));
    const document = { id: 'big', version: 1, name: { 'zh-CN': '大', en: 'Big' }, rules };
    expect(JSON.stringify(document).length).toBeGreaterThan(30_000);

    const response = await post('/trpc/builder.validate', { document }, cookie);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { issues: { path: string }[] } } };
    expect(body.result.data.issues.map((issue) => issue.path)).toEqual([
      '/rules/299/then/0/params/amount',
    ]);
  });

  it('answers an unexpected procedure with a localized NOT_FOUND', async () => {
    const response = await fetch(`${server.url}/trpc/nothing.here`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { data: { message: { 'zh-CN': string } } } };
    expect(body.error.data.message['zh-CN']).toBe('没有这个接口或对象。');
  });

  it('evaluates an order over HTTP without a session', async () => {
    const context = {
      instant: '2026-11-11T12:00:00+08:00',
      customer: {},
      lines: [{ id: 'l1', sku: 'sku-1', unitPrice: 65000, quantity: 1 }],
    };
    const response = await post('/trpc/evaluate', { context });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { listSubtotal: number } } };
    expect(body.result.data.listSubtotal).toBe(65000);
  });

  it('serves the shell, with index.html for client-side routes', async () => {
    const asset = await fetch(`${server.url}/app.js`);
    expect(await asset.text()).toBe('console.log(1)');

    const route = await fetch(`${server.url}/campaigns/abc`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Campaign Studio</title>');

    const api = await fetch(`${server.url}/api/nothing`);
    expect(api.status).toBe(404);
  });
});
