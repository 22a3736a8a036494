/**
 * The page never scrolls into blank space: the shell (header, notice, filters, view) is fixed to
 * the window and only its panels scroll. A wheel over the header of the list view, over a long
 * fiche or over the graph leaves the page where it was, on a desktop and on a phone (where an open
 * fiche hides the header: then over the fiche's own head).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** How far the page and the shell's boxes are scrolled, and where the header and the view are. */
function shell(page: Page, view: string) {
  return page.evaluate((selector) => {
    const top = (s: string) => document.querySelector(s)?.getBoundingClientRect().top ?? null;
    const scrolled = (s: string) => document.querySelector(s)?.scrollTop ?? 0;
    const header = document.querySelector('.app-header')?.getBoundingClientRect();
    const viewBox = document.querySelector(selector)?.getBoundingClientRect();
    return {
      page: document.scrollingElement?.scrollTop ?? -1,
      pageX: document.scrollingElement?.scrollLeft ?? -1,
      app: scrolled('.app') + scrolled('.app-main') + scrolled('.content'),
      headerTop: top('.app-header'),
      // The view starts under the header (and the notices) and ends at the window's bottom.
      viewBelowHeader: viewBox && header ? viewBox.top >= header.bottom - 1 : false,
      viewReachesBottom: viewBox ? Math.abs(viewBox.bottom - window.innerHeight) <= 1 || viewBox.bottom <= window.innerHeight : false,
      viewShown: viewBox ? viewBox.height > 100 && viewBox.top < window.innerHeight : false,
    };
  }, view);
}

/** Turns the wheel over the part of `selector` that is in the window (its middle, at most 30 px down). */
async function wheelOver(page: Page, selector: string, times = 4) {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error(`${selector} is not on screen`);
  const top = Math.max(0, box.y);
  const bottom = Math.min(size.height, box.y + box.height);
  const left = Math.max(0, box.x);
  const right = Math.min(size.width, box.x + box.width);
  if (bottom - top < 4 || right - left < 4) throw new Error(`${selector} is out of the window`);
  await page.mouse.move((left + right) / 2, top + Math.min((bottom - top) / 2, 30));
  for (let i = 0; i < times; i += 1) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(250);
}

/**
 * The fixed bar at the top of the window with a fiche open: the header on a desktop; on a phone the
 * open fiche hides the header (it takes most of the screen), and its own head, title and close
 * button, is the bar that does not scroll.
 */
async function topBarWithFiche(page: Page, device: string): Promise<string> {
  if (device === 'desktop') return '.app-header';
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  return '.detail-panel .detail-head';
}

const STILL = { page: 0, pageX: 0, app: 0, headerTop: 0, viewBelowHeader: true, viewReachesBottom: true, viewShown: true };

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('the fixed shell on a %s', (device, viewport) => {
  it('the wheel over the header of the list view leaves the page still; the list scrolls in itself', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?view=list' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await wheelOver(page, '.app-header');
    expect(await shell(page, '.list-view')).toEqual(STILL);
    // Over the table, the list's own box scrolls (its header row stays in sight on a desktop).
    await screenshot(page, `fixed-shell-list-${device}-top`);
    await wheelOver(page, '.list-table tbody', 3);
    expect(await shell(page, '.list-view')).toEqual(STILL);
    const scrolled = await page.evaluate(
      () => (document.querySelector('.list-scroll')?.scrollTop ?? 0) + (document.querySelector('.list-view')?.scrollTop ?? 0),
    );
    expect(scrolled).toBeGreaterThan(200);
    // Then over the header again.
    await wheelOver(page, '.app-header');
    expect(await shell(page, '.list-view')).toEqual(STILL);
    await screenshot(page, `fixed-shell-list-${device}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a long fiche scrolls in its panel, never the page', async () => {
    // The network's head has the most links: with all of them shown, its fiche is long.
    const { page, errors } = await openApp(browser, { viewport, path: '?actor=reseau-des-pionniers-des-alliances-en-territoire' });
    await waitForMapReady(page);
    const panel = page.locator('.detail-panel');
    await panel.waitFor();
    await panel.getByText('Sources', { exact: true }).first().waitFor();
    const more = panel.getByRole('button', { name: /^Afficher les \d+/ });
    if (await more.isVisible()) await more.click();
    // The fiche's body is its scrolling box, under its title and close button.
    const body = page.locator('.detail-panel .detail-body');
    const long = await body.evaluate((el) => el.scrollHeight > el.clientHeight + 50);
    expect(long).toBe(true);
    await wheelOver(page, '.detail-panel .detail-body', 6);
    await screenshot(page, `fixed-shell-fiche-${device}-scrolled`);
    expect(await shell(page, '.map-area')).toEqual(STILL);
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    // The panel's bottom is the window's: its last lines are reached, not cut off below the page.
    expect(await panel.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight + 1)).toBe(true);
    await wheelOver(page, await topBarWithFiche(page, device), 3);
    expect(await shell(page, '.map-area')).toEqual(STILL);
    await screenshot(page, `fixed-shell-fiche-${device}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the wheel over the graph view and its header leaves the page still', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?view=graph&actor=le-rameau' });
    await page.getByTestId('graph-summary').waitFor({ timeout: 30_000 });
    await wheelOver(page, await topBarWithFiche(page, device));
    expect(await shell(page, '.graph-view')).toEqual(STILL);
    await wheelOver(page, '.graph-view', 4);
    expect(await shell(page, '.graph-view')).toEqual(STILL);
    await wheelOver(page, '.detail-panel', 4);
    expect(await shell(page, '.graph-view')).toEqual(STILL);
    await screenshot(page, `fixed-shell-graph-${device}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
