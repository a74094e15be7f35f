/**
 * One browser suite's world: a scratch folder, a seeded server on its own port and data folder,
 * and a Chromium profile, all removed again by `close`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerOptions } from '@campaign-studio/server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  ARTIFACTS,
  buildWebIfNeeded,
  CHROMIUM,
  CHROMIUM_ARGS,
  REPO_ROOT,
  WEB_DIST,
} from './browser-setup.js';

export interface BrowserRun {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Starts a seeded server serving the built shell, and a Chromium page (1400 × 1000 by default). */
export async function startBrowserRun(
  name: string,
  serverOptions: Partial<ServerOptions> = {},
  viewport = { width: 1400, height: 1000 },
): Promise<BrowserRun> {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(join(REPO_ROOT, '.tmp'), { recursive: true });
  const runDir = mkdtempSync(join(REPO_ROOT, '.tmp', `${name}-test-`));
  const tmp = join(runDir, 'tmp');
  mkdirSync(tmp);
  // Chromium and the server's scratch files stay inside the run folder.
  process.env.TMPDIR = tmp;

  await buildWebIfNeeded();
  const { startServer } = await import('@campaign-studio/server');
  const server = await startServer({
    port: 0,
    dataDir: join(runDir, 'data'),
    seed: true,
    webDist: WEB_DIST,
    ...serverOptions,
  });
  const context = await chromium.launchPersistentContext(join(runDir, 'profile'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    env: { ...process.env, TMPDIR: tmp },
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);

  return {
    baseUrl: server.url,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in with a demo user's password and waits for the campaign list. Whoever was signed in
 * before (a test that failed half-way) is forgotten first.
 */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', username);
  await page.fill('#password', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/campaigns$/);
}
