/** What the browser tests share: where Chromium and the built shell are, and how to build it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_ROOT = resolve(WEB_ROOT, '../..');
export const WEB_DIST = join(WEB_ROOT, 'dist');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the shell when dist is missing or older than its sources. */
export async function buildWebIfNeeded(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(
    newestMtime(join(WEB_ROOT, 'src')),
    statSync(join(WEB_ROOT, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;

  const { build } = await import('vite');
  await build({ configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
