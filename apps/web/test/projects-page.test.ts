/**
 * W2's projects page in Debian's Chromium: the demo project that `npm start` seeds is late, the
 * server's start-up check has raised its alert, and the branch manager sees both, in zh-CN and
 * in English.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM } from './support/browser-setup.js';
import { signIn, startBrowserRun, type BrowserRun } from './support/browser-run.js';

const POLL = { timeout: 15_000 };
const required = process.env.REQUIRE_SERVICES === '1';
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && !required) {
  console.warn(`projects-page.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium && !required)('connection projects page in Chromium', () => {
  let run: BrowserRun | undefined;
  let page: Page;
  let baseUrl = '';

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`REQUIRE_SERVICES=1 but ${CHROMIUM} is missing`);
    run = await startBrowserRun('projects', { demoProjects: true });
    ({ page, baseUrl } = run);
  });

  afterAll(async () => {
    await run?.close();
  });

  it('lists the late demo project and its alert, in both languages', async () => {
    await signIn(page, baseUrl, 'east-manager');

    await page.locator('.ant-layout-sider .ant-menu').getByText('业扩工程').click();
    await page.waitForURL(/\/projects$/);
    const projects = page.getByTestId('projects-table');
    const alerts = page.getByTestId('alerts-table');
    await expect.poll(() => projects.textContent(), POLL).toContain('YK-DEMO-0001');
    expect(await projects.textContent()).toContain('现场勘查');
    // Begun ten days ago with 2 working days: at least five days late yesterday.
    await expect.poll(() => alerts.textContent(), POLL).toContain('再次提醒');
    expect(await alerts.locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'projects-zh.png'), fullPage: true });

    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => alerts.textContent(), POLL).toContain('Site survey');
    expect(await page.textContent('body')).toContain('Overdue alerts');
  });
});
