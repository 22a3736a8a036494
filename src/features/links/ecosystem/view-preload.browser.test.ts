/**
 * The ecosystem's code is fetched as the pointer reaches « Écosystème », not with the page: the
 * click then shows the view at once, without its « Préparation du graphe… » fallback (and without
 * React's reveal delay after it).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, waitForMapReady, type OpenedPage } from '../../../../tests/helpers/browser';

let browser: Browser;
let opened: OpenedPage;
const chunks: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openApp(browser, {
    prepare: async (page) => {
      page.on('request', (request) => {
        const name = new URL(request.url()).pathname.split('/').pop() ?? '';
        if (name.endsWith('.js')) chunks.push(name);
      });
      // Every time the view's Suspense fallback enters the page, noted: the same words outside
      // the view's own section (inside it, they tell the layout of a drawn graph).
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { fallbacks: string[] }).fallbacks = seen;
        new MutationObserver(() => {
          for (const status of document.querySelectorAll('.loading-status')) {
            if (status.textContent?.includes('Préparation du graphe…') && !status.closest('[data-testid="graph-view"]'))
              seen.push('fallback');
          }
        }).observe(document, { childList: true, subtree: true });
      });
    },
  });
  await waitForMapReady(opened.page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const ecosystemChunk = () => chunks.some((c) => c.startsWith('ecosystem-view-'));

describe('the ecosystem view’s code', () => {
  it('is not fetched with the page', () => {
    expect(chunks.some((c) => c.startsWith('main-'))).toBe(true);
    expect(ecosystemChunk()).toBe(false);
  });

  it('is fetched when the pointer reaches « Écosystème », before any click', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Écosystème', exact: true }).hover();
    await expect.poll(ecosystemChunk, { timeout: 10_000 }).toBe(true);
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    // The chunk fetched is then evaluated on the main thread: once it is idle, the code is in (on a
    // busy machine, 500 ms without requests did not always cover the evaluation). Bounded: a main
    // thread never idle for long (a loaded machine) held this test until its own timeout.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
    expect(await page.getByTestId('graph-view').count()).toBe(0);
  });

  it('then opens the view at once, without its fallback', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Écosystème', exact: true }).click();
    await page.getByTestId('graph-view').waitFor({ timeout: 10_000 });
    await page.waitForSelector('[data-testid="graph-view"][data-graph-ready="true"]', { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { fallbacks: string[] }).fallbacks)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
