/**
 * HQ and branches in Debian's Chromium: a branch marketer makes a campaign from a template and
 * submits it; the branch manager sends it back with a reason, which the marketer reads; the
 * marketer submits again and the manager approves it from the approval queue. The campaign is
 * scheduled, and running once the server's clock reaches its first day. The audit log lists
 * those steps; HQ's branches, users and bounds pages open; too many failed sign-ins are
 * refused with the seconds to wait.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM } from './support/browser-setup.js';
import { signIn, startBrowserRun, type BrowserRun } from './support/browser-run.js';

const POLL = { timeout: 15_000 };
const ZONE = 'Asia/Shanghai';
const REASON = '第一档门槛请改为 199 元';

const required = process.env.REQUIRE_SERVICES === '1';
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && !required) {
  console.warn(
    `branch-approval.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`,
  );
}

/** Console errors that are not ours (see shell.test.ts). */
const FOREIGN_CONSOLE_ERRORS = [
  /\[antd: Menu\] `children` is deprecated/,
  /\[antd: Button\.Group\] `Button\.Group` is deprecated/,
  /^Form validation failed/,
  // The refused sign-ins at the end answer 401 and 429, which Chromium logs.
  /status of 40[13]|status of 429/,
];

/** The local day `days` after today in Shanghai, as `YYYY-MM-DD`. */
function shanghaiDay(days: number): string {
  const instant = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `branch-${name}.png`), fullPage: true });
}

async function confirmPopover(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /退出登录|Sign out/ }).click();
  await page.waitForURL(/\/login$/);
}

async function status(page: Page): Promise<string | null> {
  return page.getByTestId('campaign-status').first().getAttribute('data-status');
}

/** Types a day into an antd date picker and accepts it. */
async function pickDay(page: Page, selector: string, day: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

describe.skipIf(!hasChromium && !required)('HQ and branches in Chromium', () => {
  let run: BrowserRun | undefined;
  let baseUrl = '';
  let page: Page;
  // The server's clock runs this far ahead of the real one; the test moves it forward.
  let offsetMs = 0;
  let campaignUrl = '';
  const firstDay = shanghaiDay(1);
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`REQUIRE_SERVICES=1 but ${CHROMIUM} is missing`);

    run = await startBrowserRun('branch', { clock: () => new Date(Date.now() + offsetMs) });
    ({ page, baseUrl } = run);
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() !== 'error') return;
      if (!FOREIGN_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) consoleErrors.push(text);
    });
  });

  afterAll(async () => {
    await run?.close();
  });

  it('a branch marketer makes a campaign from a template and submits it', async () => {
    await signIn(page, baseUrl, 'east-marketer');
    // A marketer's menu has campaigns and templates only.
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await expect.poll(() => menu.textContent(), POLL).toContain('模板库');
    expect(await menu.textContent()).not.toContain('审批队列');
    expect(await menu.textContent()).not.toContain('审计日志');

    await page.goto(`${baseUrl}/templates`);
    await page
      .locator('[data-testid$="tiered-coupons"]')
      .first()
      .getByRole('button')
      .first()
      .click();
    await page.waitForURL(/\/templates\/[^/]+\/new$/);
    await pickDay(page, '#root_usableDays_firstDay', firstDay);
    await pickDay(page, '#root_usableDays_lastDay', firstDay);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/campaigns\/[^/]+$/);
    campaignUrl = page.url();
    await expect.poll(() => status(page), POLL).toBe('draft');
    // A marketer may submit, never approve.
    expect(await page.locator('#step-approve').count()).toBe(0);

    await page.click('#step-submit');
    await confirmPopover(page);
    await expect.poll(() => status(page), POLL).toBe('submitted');
    expect(await page.locator('#step-submit').count()).toBe(0);
    await screenshot(page, 'submitted');
    await signOut(page);
  });

  it('the branch manager sends it back with a reason, which the marketer reads', async () => {
    await signIn(page, baseUrl, 'east-manager');
    await page.goto(`${baseUrl}/approvals`);
    const queue = page.getByTestId('approval-queue');
    await expect.poll(() => queue.locator('tbody tr.ant-table-row').count(), POLL).toBe(1);

    await queue.locator('[data-testid^="send-back-"]').click();
    // The reason is required.
    await page.click('#send-back-confirm');
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').textContent(), POLL)
      .toContain('请填写退回原因');
    await page.fill('#send-back-reason', REASON);
    await screenshot(page, 'send-back');
    await page.click('#send-back-confirm');
    await expect.poll(() => queue.locator('tbody tr.ant-table-row').count(), POLL).toBe(0);
    await signOut(page);

    await signIn(page, baseUrl, 'east-marketer');
    await page.goto(campaignUrl);
    await expect.poll(() => status(page), POLL).toBe('draft');
    await expect
      .poll(() => page.getByTestId('sent-back-reason').textContent(), POLL)
      .toContain(REASON);
    await screenshot(page, 'sent-back');

    await page.click('#step-submit');
    await confirmPopover(page);
    await expect.poll(() => status(page), POLL).toBe('submitted');
    await signOut(page);
  });

  it('the manager approves it from the queue; it is scheduled, then running', async () => {
    await signIn(page, baseUrl, 'east-manager');
    await page.goto(`${baseUrl}/approvals`);
    const queue = page.getByTestId('approval-queue');
    await expect.poll(() => queue.locator('tbody tr.ant-table-row').count(), POLL).toBe(1);
    await screenshot(page, 'approval-queue');
    await queue.locator('[data-testid^="approve-"]').click();
    await confirmPopover(page);
    await expect.poll(() => queue.locator('tbody tr.ant-table-row').count(), POLL).toBe(0);

    await page.goto(campaignUrl);
    await expect.poll(() => status(page), POLL).toBe('scheduled');
    // Before it runs, a manager may pause or end it.
    expect(await page.locator('#step-pause').count()).toBe(1);
    expect(await page.locator('#step-end').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('versions').locator('tbody tr.ant-table-row').count())
      .toBe(1);

    // One hour into the first day, Shanghai time.
    offsetMs = new Date(`${firstDay}T01:00:00+08:00`).getTime() - Date.now();
    // Sessions last twelve hours by the server's clock: sign in again after the jump.
    await signIn(page, baseUrl, 'east-manager');
    await page.goto(campaignUrl);
    await expect.poll(() => status(page), POLL).toBe('running');
    await screenshot(page, 'running');

    await page.goto(`${baseUrl}/campaigns`);
    await page
      .locator('.ant-select')
      .filter({ has: page.locator('#filter-status') })
      .click();
    await page.locator('.ant-select-item-option').filter({ hasText: '进行中' }).click();
    const list = page.getByTestId('campaign-list');
    await expect.poll(() => list.locator('tbody tr.ant-table-row').count(), POLL).toBe(1);
    expect(await list.getByTestId('campaign-status').getAttribute('data-status')).toBe('running');
  });

  it('the audit log lists those steps, with the diff of each', async () => {
    await page.goto(`${baseUrl}/audit`);
    const table = page.getByTestId('audit-table');
    await page.fill('#audit-entity-id', campaignUrl.split('/').pop() ?? '');
    await page.click('#audit-search');
    await expect
      .poll(() => table.getByTestId('audit-action').allTextContents(), POLL)
      .toEqual(['批准', '提交', '退回', '提交', '创建']);
    const codes = await table
      .getByTestId('audit-action')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-action')));
    expect(codes).toEqual(['approve', 'submit', 'sendBack', 'submit', 'create']);

    await table.locator('.ant-table-row-expand-icon').first().click();
    const diff = page.getByTestId('audit-diff').first();
    await expect.poll(() => diff.textContent(), POLL).toContain('lifecycle');
    await screenshot(page, 'audit-log');
    await signOut(page);
  });

  it("HQ sees every branch, its users and a template's bounds", async () => {
    await signIn(page, baseUrl, 'hq-admin');
    await page.goto(`${baseUrl}/branches`);
    await expect
      .poll(() => page.getByTestId('branches-table').textContent(), POLL)
      .toContain('华东分公司');
    await page.goto(`${baseUrl}/users`);
    await expect
      .poll(() => page.getByTestId('users-table').textContent(), POLL)
      .toContain('east-marketer');
    await page.getByTestId('edit-user-east-marketer').click();
    await expect.poll(() => page.locator('#user-display-name').inputValue(), POLL).toBe('华东营销');
    await screenshot(page, 'users');
    await page.keyboard.press('Escape');

    await page.goto(`${baseUrl}/templates/retail.vip-card-ladder/bounds`);
    const vipMin = page.getByTestId('bound-vipMin-min');
    // R7: HQ's floor of 50.00 yuan, stored as 5000 fen.
    await expect.poll(() => vipMin.inputValue(), POLL).toBe('50.00');
    await screenshot(page, 'bounds');
    await signOut(page);
  });

  it('an auditor reads the audit log and changes nothing', async () => {
    await signIn(page, baseUrl, 'auditor');
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await expect.poll(() => menu.textContent(), POLL).toContain('审计日志');
    expect(await menu.textContent()).not.toContain('审批队列');
    await page.goto(campaignUrl);
    await expect.poll(() => status(page), POLL).toBe('running');
    expect(await page.locator('[id^="step-"]').count()).toBe(0);
    await page.goto(`${baseUrl}/users`);
    await expect
      .poll(() => page.getByTestId('users-table').textContent(), POLL)
      .toContain('east-marketer');
    expect(await page.locator('#new-user').count()).toBe(0);
    await signOut(page);
  });

  it('refuses a sixth failed sign-in with the seconds to wait', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login`);
    // Five wrong passwords within a minute; the sixth attempt is refused before it is checked.
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await page.fill('#username', 'east-marketer');
      await page.fill('#password', 'not-the-password');
      await Promise.all([
        page.waitForResponse((response) => response.url().includes('auth.login')),
        page.click('button[type=submit]'),
      ]);
    }
    const locked = page.getByTestId('login-locked');
    await expect.poll(() => locked.textContent(), POLL).toMatch(/尝试次数过多，请在 \d+ 秒后重试/);
    expect(await page.locator('button[type=submit]').isDisabled()).toBe(true);
    await screenshot(page, 'locked');
    expect(consoleErrors).toEqual([]);
  });
});
