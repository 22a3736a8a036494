/**
 * Someone looking for help near them, on a desktop (1440×900) and a phone (390×844): the map
 * follows the fiche they open (a shared link, the list, the near-me results) and shows it clear of
 * the panel, above the clusters; near-me shows the circle and the nearest results even beyond the
 * radius, and « Élargir » reaches them; a header search for a place offers to search around it;
 * the basemap names the towns; a fiche prints alone and can be shared.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng } from '../../../tests/helpers/png';
import { launchBrowser, openApp, pixelStats, screenshot, SCREENSHOT_DIR, waitForMapReady } from '../../../tests/helpers/browser';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SCREENS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

const REUNION = 'exemple-mission-cooperations-territoriales-de-saint-pierre';
const BEDARIEUX = 'exemple-incubateur-territorial-de-bedarieux';
const GUERET = '23096';
/** The nearest to Guéret, 61 km away (sample data). */
const NEAREST_TO_GUERET = 'Exemple – Service alliances locales de Chasseneuil';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box | null> {
  return (await locator.count()) === 0 ? null : locator.first().boundingBox();
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const inside = (p: { x: number; y: number }, b: Box) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/**
 * Where the open fiche's ring is: "clear" when its centre is on the map, not under the fiche
 * panel, nor within 10 px of the map's edges.
 */
async function ringPlace(page: Page): Promise<'clear' | 'covered' | 'off-map' | 'absent'> {
  const ring = await boxOf(page.getByTestId('selected-ring'));
  const map = await boxOf(page.locator('.maplibregl-canvas'));
  if (!ring || !map) return 'absent';
  const c = centre(ring);
  const onMap = inside(c, { x: map.x + 10, y: map.y + 10, width: map.width - 20, height: map.height - 20 });
  if (!onMap) return 'off-map';
  const panel = await boxOf(page.getByTestId('detail-panel'));
  return panel && inside(c, panel) ? 'covered' : 'clear';
}

/** The ring is drawn above every marker and cluster of the map. */
async function ringOnTop(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ring = document.querySelector('[data-testid="selected-ring"]');
    if (!ring) return false;
    const z = (el: Element) => Number(getComputedStyle(el).zIndex) || 0;
    const markers = [...document.querySelectorAll('.atlas-marker')];
    return markers.length > 0 && markers.every((m) => z(m) < z(ring)) && getComputedStyle(ring).pointerEvents === 'none';
  });
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** On a phone the filters and near-me panel start folded. */
async function unfoldPanel(page: Page): Promise<void> {
  const unfold = page.getByRole('button', { name: /^Afficher/ }).first();
  if (await unfold.isVisible()) await unfold.click();
}

describe.each(SCREENS)('the map follows the fiche opened (%s)', (name, viewport) => {
  it('a shared link to a fiche in La Réunion opens on La Réunion, the fiche clear of the panel', async () => {
    const { page, errors } = await openApp(browser, {
      viewport,
      path: `?actor=${REUNION}`,
      prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await waitForMapReady(page);
    await page.getByTestId('detail-panel').waitFor();
    await expect.poll(() => ringPlace(page), { timeout: 10_000 }).toBe('clear');
    expect(await ringOnTop(page)).toBe(true);
    // The camera is La Réunion's (about 55.5° E, 21° S), zoomed in.
    await expect.poll(() => param(page, 'map')).not.toBeNull();
    const [zoom = 0, lat = 0, lon = 0] = (param(page, 'map') ?? '').split('/').map(Number);
    expect(lon).toBeGreaterThan(54);
    expect(lon).toBeLessThan(57);
    expect(lat).toBeLessThan(-19);
    expect(zoom).toBeGreaterThanOrEqual(8);
    await page.waitForTimeout(600);
    await screenshot(page, `help-${name}-shared-link-reunion`);
    expect(errors).toEqual([]);
  });

  it('a fiche in Bédarieux comes into view, clear of the panel', async () => {
    const { page, errors } = await openApp(browser, { viewport, prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
    await waitForMapReady(page);
    // Opened from the list, then back to the map.
    await page.getByRole('search').getByRole('searchbox').fill('Bédarieux');
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const row = page.getByTestId('list-view').getByRole('button', { name: /Incubateur territorial de Bédarieux/ });
    await row.click();
    await page.getByTestId('detail-panel').waitFor();
    if (viewport === PHONE) {
      // On a phone the open fiche hides the header and its view switch: the fiche leads to the map.
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      await page.getByTestId('detail-panel').getByRole('button', { name: 'Voir sur la carte', exact: true }).click();
    } else {
      await page.getByRole('button', { name: 'Carte', exact: true }).click();
    }
    await expect.poll(() => param(page, 'view')).toBeNull();
    await expect.poll(() => ringPlace(page), { timeout: 10_000 }).toBe('clear');
    expect(await ringOnTop(page)).toBe(true);
    expect(param(page, 'actor')).toBe(BEDARIEUX);
    // The fiche, still open, no longer offers the way to the map it is on.
    expect(await page.getByRole('button', { name: 'Voir sur la carte' }).count()).toBe(0);
    await page.waitForTimeout(600);
    await screenshot(page, `help-${name}-bedarieux-from-list`);
    expect(errors).toEqual([]);
  });

  it('a fiche opened from the near-me results comes into view, clear of the panel', async () => {
    const { page, errors } = await openApp(browser, {
      viewport,
      path: `?near=${GUERET}&radius=100`,
      prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await waitForMapReady(page);
    await unfoldPanel(page);
    const result = page.getByTestId('near-list').getByRole('button', { name: NEAREST_TO_GUERET, exact: true });
    await result.click();
    await page.getByTestId('detail-panel').waitFor();
    // On a phone the panel's sheet is folded back to show the map.
    const fold = page.getByRole('button', { name: /^Masquer/ }).first();
    if (viewport === PHONE && (await fold.isVisible())) await fold.click();
    await expect.poll(() => ringPlace(page), { timeout: 10_000 }).toBe('clear');
    await page.waitForTimeout(600);
    await screenshot(page, `help-${name}-near-result-opened`);
    expect(errors).toEqual([]);
  });
});

describe.each(SCREENS)('near Guéret, where the nearest is 61 km away (%s)', (name, viewport) => {
  it('shows the circle and the nearest results beyond it, and widens to a radius that reaches them', async () => {
    const { page, errors } = await openApp(browser, {
      viewport,
      path: `?near=${GUERET}`,
      prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await waitForMapReady(page);
    await unfoldPanel(page);
    const summary = page.getByTestId('near-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^Aucune fiche à moins de 25 km de Guéret\./);
    // The nearest beyond the radius is on the map, in view.
    const marker = page.locator('.map-view').getByRole('button', { name: new RegExp(`^${NEAREST_TO_GUERET}`) });
    const map = await boxOf(page.locator('.maplibregl-canvas'));
    await expect
      .poll(async () => {
        const b = await boxOf(marker);
        return b !== null && map !== null && inside(centre(b), map);
      })
      .toBe(true);
    // The circle is on the map too.
    await expect.poll(async () => (await pixelStats(page, '.map-view', { red: '#b3261e' })).shares['red'] ?? 0).toBeGreaterThan(0.0005);
    await page.waitForTimeout(600);
    await screenshot(page, `help-${name}-gueret-beyond`);

    const widen = page.getByRole('button', { name: /^Élargir à/ });
    expect(await widen.textContent()).toBe('Élargir à 100 km');
    await widen.click();
    await expect.poll(() => param(page, 'radius')).toBe('100');
    await expect.poll(() => summary.textContent()).toMatch(/^\d+ fiches? à moins de 100 km de Guéret\./);
    expect(await page.getByTestId('near-list').getByRole('listitem').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe.each(SCREENS)('a header search for a place that matches no fiche (%s)', (name, viewport) => {
  it('offers « Chercher près de Guéret » over the map, and searches there', async () => {
    const { page, errors } = await openApp(browser, { viewport, prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
    await waitForMapReady(page);
    await page.getByRole('search').getByRole('searchbox').fill('Gueret');
    const offer = page.getByRole('button', { name: 'Chercher près de Guéret', exact: true });
    await offer.waitFor({ timeout: 15_000 });
    const map = await boxOf(page.locator('.map-view'));
    const b = await boxOf(offer);
    expect(map && b && inside(centre(b), map)).toBe(true);
    expect(await page.getByTestId('near-offer').textContent()).toContain('Aucune fiche ne correspond à « Gueret ».');
    await screenshot(page, `help-${name}-search-offer`);
    await offer.click();
    await expect.poll(() => param(page, 'near')).toBe(GUERET);
    expect(param(page, 'q')).toBeNull();
    expect(await page.getByTestId('near-offer').count()).toBe(0);
    // The focus goes on: to the near-me box when it is shown, else to the map.
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('role') === 'combobox' ? 'near-box' : el?.classList.contains('map-area') ? 'map' : el?.tagName;
    });
    expect(focused).toBe(viewport === DESKTOP ? 'near-box' : 'map');
    await unfoldPanel(page);
    await expect.poll(() => page.getByTestId('near-summary').textContent()).toMatch(/de Guéret\./);
    expect(errors).toEqual([]);
  });
});

describe.each(SCREENS)('the basemap names places (%s)', (name, viewport) => {
  /** The share of dark (text) pixels of the map's canvas at a camera around Guéret. */
  async function labelInk(withPlaces: boolean): Promise<number> {
    let placesLoaded = false;
    const { page } = await openApp(browser, {
      viewport,
      path: '?map=9/46.17/1.87',
      prepare: async (p) => {
        if (!withPlaces) await p.route('**/places.json', (route) => route.fulfill({ status: 404, body: '' }));
        p.on('response', (r) => {
          if (r.url().endsWith('/places.json') && r.ok()) placesLoaded = true;
        });
      },
    });
    await waitForMapReady(page);
    if (withPlaces) await expect.poll(() => placesLoaded, { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1500);
    if (withPlaces) await screenshot(page, `help-${name}-place-names`);
    // Text pixels: dark grey names; the land, the sea and the borders (#8c8577 and lighter) are lighter.
    const { data } = decodePng(await page.locator('.maplibregl-canvas').screenshot());
    let dark = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i] ?? 255) < 110 && (data[i + 1] ?? 255) < 110 && (data[i + 2] ?? 255) < 110) dark += 1;
    await page.context().close();
    return dark / (data.length / 4);
  }

  it('names Guéret and the towns around it once the first map is drawn', async () => {
    const without = await labelInk(false);
    const withPlaces = await labelInk(true);
    // The same camera, the same markers and panels: what is added is the towns' names.
    expect(withPlaces - without).toBeGreaterThan(0.0001);
  });
});

describe.each(SCREENS)('a fiche to print or share (%s)', (name, viewport) => {
  it('prints the fiche alone, with its place, its links and its address written out', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?actor=le-rameau' });
    await waitForMapReady(page);
    const panel = page.getByTestId('detail-panel');
    const website = panel.locator('a[href^="http://www.lerameau.fr"]');
    await website.first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator('.map-view').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Fermer' }).isVisible()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Copier le lien vers cette fiche' }).isVisible()).toBe(false);
    expect(await panel.textContent()).toContain('Paris');
    const after = await website.first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http://www.lerameau.fr/');
    const address = page.getByTestId('detail-printed-address');
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toMatch(/^Fiche en ligne : http.*actor=le-rameau/);
    // The fiche starts at the top of the page and is not cut to the window's height.
    const box = await boxOf(panel);
    expect(box?.y ?? 99).toBeLessThan(10);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(viewport.height * 0.9);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, `help-${name}-print.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('shares with the share sheet where there is one, and keeps the copy button', async () => {
    const { page } = await openApp(browser, {
      viewport,
      path: '?actor=le-rameau',
      prepare: (p) =>
        viewport === PHONE
          ? p.addInitScript(() => {
              (window as unknown as { shared: unknown[] }).shared = [];
              navigator.share = (data?: ShareData) => {
                (window as unknown as { shared: unknown[] }).shared.push(data);
                return Promise.resolve();
              };
            })
          : Promise.resolve(),
    });
    await waitForMapReady(page);
    const panel = page.getByTestId('detail-panel');
    const copy = panel.getByRole('button', { name: 'Copier le lien vers cette fiche' });
    await copy.waitFor();
    const share = panel.getByRole('button', { name: 'Partager la fiche' });
    if (viewport === DESKTOP) {
      // Desktop Chromium on Linux has no share sheet: only the copy button.
      expect(await share.count()).toBe(0);
      return;
    }
    await share.scrollIntoViewIfNeeded();
    const [s, c] = [await boxOf(share), await boxOf(copy)];
    expect(s && c && Math.abs(s.x - c.x) < 2 && s.y < c.y).toBe(true);
    await screenshot(page, `help-${name}-share`);
    await share.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; url: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.title).toBe('Le RAMEAU');
    expect(shared[0]?.url).toContain('actor=le-rameau');
  });
});
