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
