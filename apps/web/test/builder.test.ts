/**
 * The builder end to end in Debian's Chromium against the running server: E1 composed from a
 * blank campaign with the mouse (an error met and fixed on the way, a conflicting save, then
 * simulate, publish, reload); R10 composed from a blank campaign the same way, its prize pool
 * and budget estimated; a block moved by keyboard alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM } from './support/browser-setup.js';
import { signIn, startBrowserRun, type BrowserRun } from './support/browser-run.js';

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

/** A small picture of one panel, for the user guide (copied to docs/images by hand). */
async function panelShot(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).screenshot({ path: join(ARTIFACTS, `builder-panel-${name}.png`) });
}

/** Drags like a person: press, pass the activation distance, move in steps, release. */
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

/** What the saved draft takes off a one-line order of `fen` (the engine's result, in fen). */
async function discountAt(page: Page, campaignId: string, fen: number): Promise<number> {
  const result = (await api(page, 'simulate', {
    campaignId,
    context: {
      instant: '2026-11-11T12:00:00+08:00',
      channel: 'online',
      customer: { id: 'cust-1001', tier: 'ordinary' },
      lines: [{ id: 'l1', sku: 'dress-a', name: '连衣裙', unitPrice: fen, quantity: 1 }],
    },
  })) as { discount: number };
  return result.discount;
}

async function canvasText(page: Page): Promise<string> {
  const summaries = page.locator('[data-testid^="summary:"]');
  return (await summaries.allTextContents()).join(' | ');
}

describe.skipIf(!hasChromium && !required)('campaign builder in Chromium', () => {
  let run: BrowserRun | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`REQUIRE_SERVICES=1 but ${CHROMIUM} is missing`);

    // Wider than the other suites: the user guide's screenshots come from here.
    run = await startBrowserRun('builder', {}, { width: 1600, height: 1100 });
    page = run.page;

    await signIn(page, run.baseUrl, 'hq-admin');
  });

  afterAll(async () => {
    await run?.close();
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
    // One run in four saw this click come to nothing (see docs/known-limitations.md), so the
    // click is repeated while the conflict is still shown; the outcome asserted is the same.
    await expect
      .poll(async () => {
        const shown = await page.getByTestId('builder-conflict').count();
        if (shown > 0) await page.click('#builder-keep-mine', { timeout: 2_000 }).catch(() => {});
        return page.getByTestId('builder-conflict').count();
      }, POLL)
      .toBe(0);
    await page.click('#builder-save');
    await expect.poll(() => page.getByTestId('builder-saved').textContent(), POLL).toContain('3');

    await page.click('#builder-publish');
    await expect
      .poll(() => page.getByTestId('builder-status').textContent(), POLL)
      .toContain('已发布');
    await screenshot(page, '4-e1-published');

    // The first tier has no threshold: it asks for more than 5.00, so that 5.00 off never
    // takes the whole order; the best single tier wins above that.
    const discounts: [number, number][] = [
      [500, 0],
      [501, 500],
      [19899, 500],
      [19900, 2000],
      [39900, 5000],
      [59899, 5000],
      [59900, 10000],
      [65000, 10000],
    ];
    for (const [order, off] of discounts) expect(await discountAt(page, id, order)).toBe(off);

    await page.reload();
    await page.getByTestId('no-problems').waitFor();
    expect(await canvasText(page)).toBe(before);
    expect(await page.inputValue('#builder-name-zh')).toBe('双11满减');
    expect(await page.getByTestId('builder-status').textContent()).toContain('已发布');
  });

  it('builds R10 from a blank campaign by dragging, and estimates its prize pool', async () => {
    await page.goto(new URL('/builder/new', page.url()).toString());
    await page.getByTestId('palette:retail.scratch-card').waitFor();
    expect(await page.locator('[data-path^="/rules/0/"][data-block]').count()).toBe(0);

    // One card per receipt ≥ 11: the receipt condition, then the scratch card, by mouse.
    await drag(
      page,
      '[data-testid="palette:retail.receipt-amount"]',
      '[data-slot="/rules/0/when/all"]',
    );
    await page.locator('[data-path="/rules/0/when/all/0"]').waitFor();
    await setMoney(page, '/rules/0/when/all/0', '11');
    await drag(page, '[data-testid="palette:retail.scratch-card"]', '[data-slot="/rules/0/then"]');
    const card = page.locator('[data-path="/rules/0/then/0"]');
    await card.waitFor();
    expect(await card.getAttribute('data-block')).toBe('retail.scratch-card');

    // The five prizes, typed into the inspector's form one by one; the pool needs at least one
    // prize (minItems 1), so the form opens with the first one empty.
    await card.click({ position: { x: 60, y: 12 } });
    const inspector = page.getByTestId('inspector');
    await expect.poll(() => inspector.getByTestId('inspector-block').textContent()).toBe('刮刮卡');
    const prizes: [string, string, string, string, string][] = [
      ['phone', '手机', 'Phone', '1', '1111'],
      ['supermarket-card', '超市购物卡', 'Supermarket card', '2', '111'],
      ['vacuum-flask', '保温杯', 'Vacuum flask', '6', '60'],
      ['tissues', '纸巾', 'Tissue pack', '20', '30'],
      ['small-gift', '小礼品', 'Small gift', '2000', '2'],
    ];
    const prizeIds = () => inspector.locator('[id^="root_prizes_"][id$="_prize"]').count();
    await expect.poll(prizeIds, POLL).toBe(1);
    for (const [index, [prize, zh, en, quantity, value]] of prizes.entries()) {
      if (index > 0) await inspector.getByRole('button', { name: '添加一项' }).click();
      await expect.poll(prizeIds, POLL).toBe(index + 1);
      const field = (name: string) => inspector.locator(`[id="root_prizes_${index}_${name}"]`);
      await field('prize').fill(prize);
      await field('name_zh-CN').fill(zh);
      await field('name_en').fill(en);
      await field('quantity').fill(quantity);
      await field('quantity').blur();
      await field('value').fill(value);
      await field('value').blur();
    }

    await page.getByTestId('no-problems').waitFor();
    // The name in both languages reads in the shell's language only.
    const prizeSummary = ([prize, zh, , quantity, value]: (typeof prizes)[number]) =>
      `{ 奖品编号 ${prize} · 奖品名称 ${zh} · 数量 ${quantity} · ` +
      `单个价值 ¥${Number(value).toLocaleString('en-US')}.00 }`;
    expect(await canvasText(page)).toBe(
      [
        '小票满 ¥11.00 · 须超过门槛（不含等于） 否',
        `每张小票卡数 1 · 奖池 [${prizes.map(prizeSummary).join(', ')}]`,
      ].join(' | '),
    );

    // 1×1,111 + 2×111 + 6×60 + 20×30 + 2,000×2 = 6,293.00, from the block (no template here).
    await expect
      .poll(() => page.getByTestId('estimate:prize-pool').textContent(), POLL)
      .toContain('¥6,293.00');
    expect(await page.getByTestId('estimate:prize-pool').count()).toBe(1);
    expect(await page.getByTestId('budget-estimate:prizes').textContent()).toContain('¥6,293.00');
    expect(await page.getByTestId('budget-total').textContent()).toBe('¥15,500.00');
    expect(await page.getByTestId('budget-merchants').textContent()).toBe('¥7,000.00');
    expect(await page.getByTestId('budget-own').textContent()).toBe('¥8,500.00');
    await screenshot(page, '5-r10-estimate');
    await panelShot(page, 'estimate', 'r10-estimate');

    // The estimate follows the form: a second phone is 1,111.00 more.
    await inspector.locator('[id="root_prizes_0_quantity"]').fill('2');
    await inspector.locator('[id="root_prizes_0_quantity"]').blur();
    await expect
      .poll(() => page.getByTestId('estimate:prize-pool').textContent(), POLL)
      .toContain('¥7,404.00');
    await inspector.locator('[id="root_prizes_0_quantity"]').fill('1');
    await inspector.locator('[id="root_prizes_0_quantity"]').blur();
    await expect
      .poll(() => page.getByTestId('estimate:prize-pool').textContent(), POLL)
      .toContain('¥6,293.00');

    // Saved and reloaded, the campaign (and so its estimate) is what was built. The server's
    // copy is compared, not the summaries: stored params come back with their keys reordered.
    await page.click('#builder-save');
    await page.waitForURL(/\/builder\/campaign-[a-z0-9]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const saved = (await page.evaluate(async (campaignId) => {
      const input = encodeURIComponent(JSON.stringify({ id: campaignId }));
      const response = await fetch(`/trpc/campaigns.get?input=${input}`);
      return ((await response.json()) as { result: { data: unknown } }).result.data;
    }, id)) as { document: { rules: unknown[] } };
    expect(saved.document.rules).toEqual([
      expect.objectContaining({
        when: {
          all: [{ block: 'retail.receipt-amount', params: { min: 1100, exclusive: false } }],
        },
        then: [
          {
            block: 'retail.scratch-card',
            params: {
              cards: 1,
              prizes: prizes.map(([prize, zh, en, quantity, value]) => ({
                prize,
                name: { 'zh-CN': zh, en },
                quantity: Number(quantity),
                value: Number(value) * 100,
              })),
            },
          },
        ],
      }),
    ]);
    await page.reload();
    await page.getByTestId('no-problems').waitFor();
    expect(await page.locator('[data-path="/rules/0/then/0"]').getAttribute('data-block')).toBe(
      'retail.scratch-card',
    );
    await expect
      .poll(() => page.getByTestId('estimate:prize-pool').textContent(), POLL)
      .toContain('¥6,293.00');
    expect(await page.getByTestId('budget-estimate:prizes').textContent()).toContain('¥6,293.00');
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
