/**
 * The detailed basemap is fetched only where its detail shows: not at the national view of the
 * first load (the simplified contours look the same there), but as soon as the person zooms in
 * to zoom 6, and at once for a shared link opened closer. On a desktop and on a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const DETAILED = /\/data\/basemap\.topo\.json$/;

/** Counts the page's requests for the detailed basemap. */
function countDetailed(page: Page) {
  const seen = { requests: 0 };
  page.on('request', (request) => {
    if (DETAILED.test(new URL(request.url()).pathname)) seen.requests += 1;
  });
  return seen;
}

const urlZoom = (page: Page) =>
  page.evaluate(() => Number((new URLSearchParams(window.location.search).get('map') ?? '').split('/')[0] || NaN));

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('the detailed basemap on a %s', (device, viewport) => {
  it('is not fetched for the national view, and is once the map is zoomed in', async () => {
    let seen = { requests: 0 };
    const { page, errors } = await openApp(browser, {
      viewport,
      prepare: async (p) => {
        seen = countDetailed(p);
      },
    });
    await waitForMapReady(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    expect(seen.requests).toBe(0);
    expect(await page.locator('[data-basemap="simplified"]').count()).toBe(1);

    const zoomIn = page.getByRole('button', { name: 'Zoomer', exact: true });
    const fetched = page.waitForResponse((response) => DETAILED.test(new URL(response.url()).pathname), { timeout: 15_000 });
    for (let i = 0; i < 4 && !((await urlZoom(page)) >= 6); i += 1) {
      await zoomIn.click();
      await page.waitForTimeout(600);
    }
    expect(await urlZoom(page)).toBeGreaterThanOrEqual(6);
    expect((await fetched).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(seen.requests).toBe(1);
    // The detailed contours replaced the simple ones, and the map still draws its régions and names.
    await expect.poll(() => page.locator('[data-basemap="detailed"]').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('html[data-map-ready="true"]').count()).toBe(1);
    await screenshot(page, `basemap-detail-zoomed-${device}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is fetched at once for a link opened on a city', async () => {
    let seen = { requests: 0 };
    const { page, errors } = await openApp(browser, {
      viewport,
      path: '?map=8/45.76/4.84',
      prepare: async (p) => {
        seen = countDetailed(p);
      },
    });
    await waitForMapReady(page);
    await expect.poll(() => seen.requests, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-basemap="detailed"]').count(), { timeout: 15_000 }).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
