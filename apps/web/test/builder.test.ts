/**
 * The builder end to end in Debian's Chromium against the running server: E1 composed from a
 * blank campaign with the mouse (an error met and fixed on the way, a conflicting save, then
 * simulate, publish, reload); R10's prize pool and budget; a block moved by keyboard alone.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  buildWebIfNeeded,
  CHROMIUM,
  CHROMIUM_ARGS,
  REPO_ROOT,
  WEB_DIST,
} from './support/browser-setup.js';

/** The server answers within a second here; a loaded CI machine gets more room. */
const POLL = { timeout: 15_000 };

const required = process.env.REQUIRE_SERVICES === '1';
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && !required) {
  console.warn(`builder.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `builder-${name}.png`), fullPage: true });
}

/** Drags like a person: press, pass the activation distance, move in steps, release. */
/** A small picture of one panel, for the user guide (copied to docs/images by hand). */
async function panelShot(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).screenshot({ path: join(ARTIFACTS, `builder-panel-${name}.png`) });
}

async function drag(page: Page, from: string, to: string): Promise<void> {
  await page.locator(from).first().scrollIntoViewIfNeeded();
  const source = await page.locator(from).first().boundingBox();
  const target = await page.locator(to).first().boundingBox();
  if (!source || !target) throw new Error(`cannot drag ${from} to ${to}: not on screen`);

  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2, {
    steps: 2,
  });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 + 2, {
    steps: 2,
  });
  await page.mouse.up();
}

/** Selects a block on the canvas and types a yuan amount into its first money field. */
async function setMoney(page: Page, path: string, yuan: string): Promise<void> {
  await page
    .locator(`[data-path="${path}"]`)
    .first()
    .click({ position: { x: 60, y: 12 } });
  const field = page.getByTestId('inspector').locator('[data-unit="fen"] input').first();
  await field.fill(yuan);
  await field.blur();
}

async function api(page: Page, procedure: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ procedure, input }) => {
      const response = await fetch(`/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
      if (!response.ok) throw new Error(JSON.stringify(body.error));
      return body.result?.data;
    },
    { procedure, input },
  );
}

async function canvasText(page: Page): Promise<string> {
  const summaries = page.locator('[data-testid^="summary:"]');
  return (await summaries.allTextContents()).join(' | ');
}

describe.skipIf(!hasChromium && !required)('campaign builder in Chromium', () => {
  let runDir = '';
  let server: { url: string; close(): Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`REQUIRE_SERVICES=1 but ${CHROMIUM} is missing`);

    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(join(REPO_ROOT, '.tmp'), { recursive: true });
    runDir = mkdtempSync(join(REPO_ROOT, '.tmp', 'builder-test-'));
    const tmp = join(runDir, 'tmp');
    mkdirSync(tmp);
    process.env.TMPDIR = tmp;

    await buildWebIfNeeded();
    const { startServer } = await import('@campaign-studio/server');
    server = await startServer({
      port: 0,
      dataDir: join(runDir, 'data'),
      seed: true,
      webDist: WEB_DIST,
    });
    context = await chromium.launchPersistentContext(join(runDir, 'profile'), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      env: { ...process.env, TMPDIR: tmp },
      viewport: { width: 1600, height: 1100 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);

    await page.goto(`${server.url}/login`);
    await page.fill('#username', 'hq-admin');
    await page.fill('#password', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/campaigns$/);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  });

  it('builds E1 from a blank campaign by dragging, meets an error and fixes it', async () => {
    await page.click('#new-blank');
    await page.waitForURL(/\/builder\/new$/);
    await page.getByTestId('palette:core.order-amount').waitFor();

    await drag(
      page,
      '[data-testid="palette:core.order-amount"]',
      '[data-slot="/rules/0/when/all"]',
    );
    await page.locator('[data-path="/rules/0/when/all/0"]').waitFor();
    await drag(page, '[data-testid="palette:core.amount-off"]', '[data-slot="/rules/0/then"]');
    await page.locator('[data-path="/rules/0/then/0"]').waitFor();

    // A negative amount: the error stands next to the field and in the problems list.
    await setMoney(page, '/rules/0/then/0', '-5');
    const fieldError = page.getByTestId('inspector').locator('.ant-form-item-explain-error');
    await expect.poll(() => fieldError.count(), POLL).toBeGreaterThan(0);
    const problem = page.locator(
      '[data-testid="problem"][data-path="/rules/0/then/0/params/amount"]',
    );
    await expect.poll(() => problem.count(), POLL).toBe(1);
    await screenshot(page, '1-negative-amount');
    await panelShot(page, 'inspector', 'negative-amount');

    await setMoney(page, '/rules/0/then/0', '5');
    await expect.poll(() => problem.count(), POLL).toBe(0);
    await setMoney(page, '/rules/0/when/all/0', '5');
    await page.getByTestId('inspector').locator('#root_exclusive').check();

    // Three more tiers from copies of the first.
    for (let i = 0; i < 3; i += 1) await page.getByTestId('duplicate:/rules/0').click();
    const tiers: [string, string][] = [
      ['199', '20'],
      ['399', '50'],
      ['599', '100'],
    ];
    for (const [index, [min, amount]] of tiers.entries()) {
      const rule = `/rules/${index + 1}`;
      await setMoney(page, `${rule}/when/all/0`, min);
      await page.getByTestId('inspector').locator('#root_exclusive').uncheck();
      await setMoney(page, `${rule}/then/0`, amount);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.ant-select:has(#builder-rule-selection)').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: '只取对顾客最优的一条' })
      .click();

    await page.getByTestId('no-problems').waitFor();
    expect(await canvasText(page)).toBe(
      [
        '门槛金额 ¥5.00 · 须超过门槛（不含等于） 是',
        '减免金额 ¥5.00',
        '门槛金额 ¥199.00 · 须超过门槛（不含等于） 否',
        '减免金额 ¥20.00',
        '门槛金额 ¥399.00 · 须超过门槛（不含等于） 否',
        '减免金额 ¥50.00',
        '门槛金额 ¥599.00 · 须超过门槛（不含等于） 否',
        '减免金额 ¥100.00',
      ].join(' | '),
    );
  });

  it('simulates 650.00 → 100.00 off on each edit', async () => {
    await page.click('#sim-sample');
    await page.locator('.ant-select-item-option').filter({ hasText: '650.00' }).first().click();
    await expect
      .poll(() => page.getByTestId('sim-discount').textContent(), POLL)
      .toContain('¥100.00');
    expect(await page.getByTestId('sim-payable').textContent()).toContain('¥550.00');
    await screenshot(page, '2-e1-simulated');
    await panelShot(page, 'canvas', 'e1-canvas');
    await panelShot(page, 'simulator', 'e1-simulator');

    // An edit runs the simulation again: the top tier at 120.00 off.
    await setMoney(page, '/rules/3/then/0', '120');
    await expect
      .poll(() => page.getByTestId('sim-discount').textContent(), POLL)
      .toContain('¥120.00');
    await page.click('#builder-undo');
    await expect
      .poll(() => page.getByTestId('sim-discount').textContent(), POLL)
      .toContain('¥100.00');
  });

  it('saves, is told about a conflicting save, publishes, and reloads unchanged', async () => {
    await page.click('#builder-save');
    await page.waitForURL(/\/builder\/campaign-[a-z0-9]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const before = await canvasText(page);

    // Someone else saves in between (revision 1 → 2); our next save is refused and says so.
    const current = (await page.evaluate(async (campaignId) => {
      const input = encodeURIComponent(JSON.stringify({ id: campaignId }));
      const response = await fetch(`/trpc/campaigns.get?input=${input}`);
      return ((await response.json()) as { result: { data: unknown } }).result.data;
    }, id)) as { document: Record<string, unknown> };
    await api(page, 'campaigns.update', {
      id,
      revision: 1,
      document: { ...current.document, name: { 'zh-CN': '别人改的', en: 'Changed elsewhere' } },
    });
    await page.fill('#builder-name-zh', '双11满减');
    await expect
      .poll(() => page.getByTestId('builder-title').textContent(), POLL)
      .toContain('双11满减');
    await page.click('#builder-save');
    await page.getByTestId('builder-conflict').waitFor();
    await screenshot(page, '3-conflict');
    await page.click('#builder-keep-mine');
    await expect.poll(() => page.getByTestId('builder-conflict').count(), POLL).toBe(0);
    await page.click('#builder-save');
    await expect.poll(() => page.getByTestId('builder-saved').textContent(), POLL).toContain('3');

    await page.click('#builder-publish');
    await expect
      .poll(() => page.getByTestId('builder-status').textContent(), POLL)
      .toContain('已发布');
    await screenshot(page, '4-e1-published');

    await page.reload();
    await page.getByTestId('no-problems').waitFor();
    expect(await canvasText(page)).toBe(before);
    expect(await page.inputValue('#builder-name-zh')).toBe('双11满减');
    expect(await page.getByTestId('builder-status').textContent()).toContain('已发布');
  });

  it('estimates R10: prize pool 6,293.00 and the R12 budget', async () => {
    const created = (await api(page, 'campaigns.create', {
      templateId: 'retail.scratch-cards',
      id: 'r10-scratch-cards',
    })) as { id: string };
    await page.goto(new URL(`/builder/${created.id}`, page.url()).toString());
    await expect
      .poll(() => page.getByTestId('estimate:prize-pool').textContent(), POLL)
      .toContain('¥6,293.00');
    expect(await page.getByTestId('budget-estimate:prizes').textContent()).toContain('¥6,293.00');
    expect(await page.getByTestId('budget-total').textContent()).toBe('¥15,500.00');
    expect(await page.getByTestId('budget-merchants').textContent()).toBe('¥7,000.00');
    expect(await page.getByTestId('budget-own').textContent()).toBe('¥8,500.00');
    await screenshot(page, '5-r10-estimate');
    await panelShot(page, 'estimate', 'r10-estimate');
  });

  it('moves a block with the keyboard alone, and undoes the move', async () => {
    await page.goto(new URL('/builder/new', page.url()).toString());
    await page.getByTestId('palette:core.order-amount').waitFor();
    const blocksIn = async () =>
      page
        .locator('[data-slot="/rules/0/when/all"] [data-block]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-block')));
    expect(await blocksIn()).toEqual([]);
    for (const [count, block] of ['core.customer-tier', 'core.order-amount'].entries()) {
      await drag(page, `[data-testid="palette:${block}"]`, '[data-slot="/rules/0/when/all"]');
      await expect.poll(async () => (await blocksIn()).length, POLL).toBe(count + 1);
    }
    const placed = await blocksIn();
    expect([...placed].sort()).toEqual(['core.customer-tier', 'core.order-amount']);

    await page.getByTestId('handle:/rules/0/when/all/0').focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
    await page.keyboard.press('Space');
    await expect.poll(blocksIn, POLL).toEqual([...placed].reverse());
    await screenshot(page, '6-keyboard-move');

    await page.click('#builder-undo');
    await expect.poll(blocksIn, POLL).toEqual(placed);
  });
});
