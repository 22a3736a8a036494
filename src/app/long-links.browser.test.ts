/**
 * A link with 20 000 unknown parameters (and a few unreadable values) opens the app and the embed
 * page like any other: the notices are grouped, the bar shows a few lines and « et N autres », its
 * height stays small, and the map keeps the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../../tests/helpers/axe';
import { APP_URL, launchBrowser, mapPixelsOnceLandDrawn, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';

const UNKNOWN = Array.from({ length: 20_000 }, (_, i) => `p${i}=1`).join('&');
const UNREADABLE =
  'practice=peinture,danse&profile=robot&scope=galactique&kind=animal&qmin=500&view=carte&lang=xx&sort=zz&radius=7&depth=9';
/** The bar's height, at most: 7.5rem and its border. */
const MAX_BAR_HEIGHT = 122;

const NOTICES = [
  '20\u202F000 paramètres inconnus ignorés : « p0 », « p1 », « p2 » et 19\u202F997 autres.',
  'Pratique inconnue ignorée : « peinture » et « danse ».',
  'Profil inconnu ignoré : « robot ».',
  'Échelle inconnue ignorée : « galactique ».',
  'Nature inconnue ignorée : « animal ».',
  'Qualification minimale invalide ignorée : « 500 » (attendu : 0 à 100).',
  'Vue : valeur inconnue ignorée « carte ».',
  'Langue : valeur inconnue ignorée « xx ».',
  'Tri : valeur inconnue ignorée « zz ».',
  'Rayon : valeur inconnue ignorée « 7 ».',
  'Profondeur des liens : valeur inconnue ignorée « 9 ».',
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens `page` (a path of the app) with `query`. A URL this long is more than a web server reads
 * in a request line, so the page's own request goes without it; the browser keeps it in
 * `location`, which is what the app reads.
 */
function openLong(page: string, query: string, viewport: { width: number; height: number }) {
  return openApp(browser, {
    viewport,
    path: `${page}?${query}`,
    prepare: (p) =>
      p.route(
        (url) => url.search.length > 10_000,
        async (route) => route.fulfill({ response: await route.fetch({ url: APP_URL + page }) }),
      ),
  });
}

async function bar(page: Page) {
  const notices = page.getByTestId('url-notices');
  await notices.waitFor();
  const box = await notices.boundingBox();
  return { notices, height: box?.height ?? Infinity, items: await notices.locator('li').allInnerTexts() };
}

/** The map is drawn, `minHeight` pixels high at least, France on `minLand` of it; a screenshot is taken. */
async function expectMapVisible(page: Page, minHeight: number, name: string, minLand = 0.1) {
  await waitForMapReady(page);
  const stats = await mapPixelsOnceLandDrawn(page, {}, minLand);
  await screenshot(page, name);
  const map = await page.locator('.map-view').boundingBox();
  expect(map?.height).toBeGreaterThan(minHeight);
  expect(stats.shares['land']).toBeGreaterThan(minLand);
}

describe('a link with 20 000 unknown parameters', () => {
  it('opens the app with a small notice bar: three notices and « et 8 autres », the rest in its own scroll', async () => {
    const { page, errors } = await openLong('', `${UNKNOWN}&${UNREADABLE}`, { width: 1280, height: 800 });
    const { notices, height, items } = await bar(page);
    expect(items).toEqual(NOTICES.slice(0, 3));
    expect(height).toBeLessThanOrEqual(MAX_BAR_HEIGHT);
    await expectMapVisible(page, 500, 'long-link-app');

    const more = notices.getByRole('button', { name: 'et 8 autres' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await notices.locator('li').allInnerTexts()).toEqual(NOTICES);
    const fewer = notices.getByRole('button', { name: 'Afficher moins' });
    expect(await fewer.getAttribute('aria-expanded')).toBe('true');
    const expanded = await bar(page);
    expect(expanded.height).toBeLessThanOrEqual(MAX_BAR_HEIGHT);
    // Taller than it is: the bar scrolls on its own, and the map keeps its place.
    expect(await notices.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expectMapVisible(page, 500, 'long-link-app-expanded');
    await expectNoSeriousViolations(page, 'long-link-notices', { include: '[data-testid="url-notices"]' });

    await notices.getByRole('button', { name: 'Fermer' }).click();
    expect(await page.getByTestId('url-notices').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the embed page in a small frame with the map in view', async () => {
    const { page, errors } = await openLong('embed.html', `${UNKNOWN}&${UNREADABLE}`, { width: 600, height: 450 });
    const { height, items } = await bar(page);
    expect(items).toEqual(NOTICES.slice(0, 3));
    expect(height).toBeLessThanOrEqual(MAX_BAR_HEIGHT);
    // France is small in a small frame, with much sea around it.
    await expectMapVisible(page, 200, 'long-link-embed', 0.03);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives one notice for them all when nothing else is wrong', async () => {
    const { page, errors } = await openLong('', UNKNOWN, { width: 1280, height: 800 });
    const { notices, height, items } = await bar(page);
    expect(items).toEqual(NOTICES.slice(0, 1));
    expect(await notices.getByRole('button').allInnerTexts()).toEqual(['Fermer']);
    expect(height).toBeLessThanOrEqual(MAX_BAR_HEIGHT);
    await expectMapVisible(page, 500, 'long-link-app-one-notice');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
