/**
 * The ecosystem view of a large selection: a generated dataset of 3,000 fiches (above the
 * 2,000-node threshold) replaces the app's data files, built by the data pipeline's own writer.
 * The view shows communities, opens one on its members' graph from the keyboard, and comes back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, pixelStats, screenshot, waitForMapReady, type OpenedPage } from '../../../../tests/helpers/browser';
import { expectNoSeriousViolations } from '../../../../tests/helpers/axe';
import { generatedData, routeGeneratedData, type GeneratedData } from '../../../../tests/helpers/generated-data';

/** Fiches of the generated dataset: above the view's threshold of 2,000 nodes. */
const SIZE = 3000;

let browser: Browser;
let opened: OpenedPage;
let data: GeneratedData | undefined;
let clickToReadyMs = 0;

beforeAll(async () => {
  const generated = await generatedData(SIZE);
  data = generated;
  browser = await launchBrowser();
  opened = await openApp(browser, { prepare: (page) => routeGeneratedData(page, generated.dir) });
  await waitForMapReady(opened.page, 60_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await data?.remove();
});

const view = (page: Page) => page.getByTestId('graph-view');
const summary = (page: Page) => page.getByTestId('graph-summary');
const ready = (page: Page) => page.waitForSelector('[data-testid="graph-view"][data-graph-ready="true"]', { timeout: 60_000 });

const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'mark').length, name);

describe('the ecosystem of 3,000 fiches', () => {
  it('finds the communities ahead, while the map is shown, once the search index is built', async () => {
    const { page } = opened;
    await expect.poll(() => marks(page, 'ecosystem-communities-found'), { timeout: 30_000 }).toBe(1);
    expect(await marks(page, 'atlas:derived:search-index')).toBe(1);
    const [searchIndexed, asked] = await page.evaluate(() =>
      ['atlas:derived:search-index', 'ecosystem-communities-asked'].map((n) => performance.getEntriesByName(n, 'mark')[0]!.startTime),
    );
    expect(asked).toBeGreaterThan(searchIndexed!);
    // Louvain's labels came with the links (npm run data worked them out): not found again on the page.
    const detail = await page.evaluate(
      () => (performance.getEntriesByName('ecosystem-communities-asked', 'mark')[0] as PerformanceMark).detail,
    );
    expect(detail).toEqual({ nodes: SIZE, labelsFromFile: true });
    expect(await view(page).count()).toBe(0);
    expect(await page.locator('.map-view canvas.maplibregl-canvas').isVisible()).toBe(true);
  });

  it('shows communities rather than 3,000 nodes', async () => {
    const { page } = opened;
    const started = Date.now();
    await page.getByRole('button', { name: 'Écosystème', exact: true }).click();
    await ready(page);
    clickToReadyMs = Date.now() - started;
    console.log(`communities view ready ${clickToReadyMs} ms after the click`);
    // The view took the communities found ahead: it asked for none.
    expect(await marks(page, 'ecosystem-communities-asked')).toBe(1);
    expect(await view(page).getAttribute('data-graph-mode')).toBe('communities');
    expect(Number(await summary(page).getAttribute('data-graph-nodes'))).toBe(SIZE);
    const communities = Number(await summary(page).getAttribute('data-graph-communities'));
    expect(communities).toBeGreaterThan(1);
    expect(communities).toBeLessThan(300);
    expect(await summary(page).textContent()).toContain(`regroupées en ${communities} communautés`);
    const table = page.getByTestId('community-table');
    expect(await table.locator('tbody tr').count()).toBe(Math.min(50, communities));
    // Each named by its place, its profile and its size.
    expect(await table.locator('tbody tr').first().locator('button').textContent()).toMatch(/^.+ · .+ — [\d\u202f]+ fiches$/);
    expect((await pixelStats(page, '[data-testid="graph-canvas"]', {})).distinctColors).toBeGreaterThan(5);
    // The larger communities named, no name over another.
    type Box = { id: string; x: number; y: number; w: number; h: number };
    const boxes = JSON.parse((await page.getByTestId('graph-canvas').getAttribute('data-labels')) ?? '[]') as Box[];
    expect(boxes.length).toBeGreaterThan(2);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a !== b) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${a.id} over ${b.id}`).toBe(false);
      }
    }
    await screenshot(page, 'ecosystem-communities');
    await expectNoSeriousViolations(page, 'ecosystem-communities', { include: '[data-testid="graph-view"]' });
  });

  it('opens a community on its members’ graph from the keyboard', async () => {
    const { page } = opened;
    const first = page.getByTestId('community-table').locator('tbody tr').first();
    const name = (await first.locator('button').textContent()) ?? '';
    const members = Number((await first.locator('td').first().textContent())?.replace(/\D/g, ''));
    await first.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary(page).getAttribute('data-graph-level')).toBe('community');
    await ready(page);
    expect(await page.getByTestId('graph-level-title').textContent()).toBe(`Communauté « ${name} »`);
    // The keyboard lands on the community's heading.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-level-title');
    // Its members, each a row of the node table.
    expect(await page.getByTestId('graph-table').locator('caption').textContent()).toMatch(new RegExp(`^${members} fiches`));
    expect((await pixelStats(page, '[data-testid="graph-canvas"]', {})).distinctColors).toBeGreaterThan(5);
    await screenshot(page, 'ecosystem-community');
  });

  it('comes back to all the communities', async () => {
    const { page } = opened;
    await page.getByTestId('graph-back').click();
    await expect.poll(() => summary(page).getAttribute('data-graph-level')).toBe('0');
    await ready(page);
    expect(await page.getByTestId('community-table').count()).toBe(1);
    expect(await page.getByTestId('graph-table').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-level-title');
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});
