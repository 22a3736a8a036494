/**
 * The app shell in a real browser: header, notice, the dataset's counts as meta.json has them,
 * and a map of France that actually renders (WebGL through SwiftShader).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../core/model';
import { PRACTICES, PROFILES } from '../core/vocabulary';
import { BASEMAP_COLORS, PRACTICE_COLORS } from '../shared/palette';
import { launchBrowser, mapPixelsOnceLandDrawn, openApp, screenshot, waitForMapReady, type OpenedPage } from '../../tests/helpers/browser';

const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/data/meta.json', import.meta.url)), 'utf8')) as DatasetMeta;

/** Unfolds "the dataset in figures" in the side panel. */
async function openSummary(page: Page): Promise<void> {
  const details = page.locator('#filtres details.summary-details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** The digits of a displayed number ("1 234" → 1234). */
async function countOf(page: Page, selector: string): Promise<number> {
  const text = await page.locator(selector).first().textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the app on a desktop screen', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openApp(browser);
    page = opened.page;
    await waitForMapReady(page);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('is in French, with its title and header', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe('Atlas des catalyseurs territoriaux');
    expect(await page.locator('header h1').textContent()).toBe('Atlas des catalyseurs territoriaux');
    expect(await page.locator('main').count()).toBe(1);
  });

  it('shows the counts of meta.json', async () => {
    const { counts } = meta;
    const panel = '#filtres';
    await openSummary(page);
    expect(await countOf(page, `${panel} [data-count="total"]`)).toBe(counts.actors + counts.projects);
    for (const key of ['actors', 'projects', 'real', 'sample', 'located', 'unlocated', 'links'] as const) {
      expect(await countOf(page, `${panel} dd[data-count="${key}"]`), key).toBe(counts[key]);
    }
    for (const code of PRACTICES.codes) {
      expect(await countOf(page, `[data-testid="by-practice"] [data-count="${code}"]`), code).toBe(counts.byPractice[code]);
    }
    for (const code of [...PROFILES.codes, 'unknown'] as const) {
      expect(await countOf(page, `[data-testid="by-profile"] [data-count="${code}"]`), code).toBe(counts.byProfile[code]);
    }
    const panelText = await page.locator(panel).innerText();
    expect(panelText).toContain('Sans implantation (réseaux nationaux)');
    expect(panelText).toContain('Dialogue territorial');
  });

  it('says plainly that part of the data is generated', async () => {
    if (meta.counts.sample === 0) return;
    await openSummary(page);
    const share = await page.locator('[data-testid="sample-share"]').innerText();
    expect(share).toMatch(/^dont [\d\s\u202f]+ données? d’exemple générées?, signalées? comme telles?$/);
    expect(await countOf(page, '[data-testid="sample-share"]')).toBe(meta.counts.sample);
    expect(await page.locator('[data-testid="sample-notice"]').isVisible()).toBe(true);
    // The map's credits say it too, and credit the official contours.
    const credits = await page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(credits).toContain('Réseau des pionniers des alliances en Territoire ; données d’exemple générées');
    expect(credits).toContain('IGN – Admin Express COG, INSEE (Licence Ouverte)');
  });

  it('draws the map of France', async () => {
    const region = page.getByRole('region', { name: 'Carte des catalyseurs' });
    expect(await region.count()).toBe(1);
    expect(await page.locator('.map-view canvas.maplibregl-canvas').count()).toBe(1);
    // The layout may still move once after the first render (the notice appears with meta.json).
    const stats = await mapPixelsOnceLandDrawn(page, { sea: BASEMAP_COLORS.sea, ...PRACTICE_COLORS });
    expect(stats.distinctColors).toBeGreaterThan(30);
    expect(stats.shares['land']).toBeGreaterThan(0.15);
    expect(stats.shares['sea']).toBeGreaterThan(0.05);
    const markers = PRACTICES.codes.reduce((sum, code) => sum + (stats.shares[code] ?? 0), 0);
    expect(markers).toBeGreaterThan(0);
    await screenshot(page, 'desktop');
  });

  it('lets the keyboard leave the map', async () => {
    await page.locator('.map-view canvas').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).not.toContain('maplibregl-canvas');
  });

  it('shows département names when zoomed in', async () => {
    await page.locator('.map-view canvas').focus();
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Equal');
      await page.waitForTimeout(400);
    }
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          // Let the zoom animation and the tiles settle.
          setTimeout(done, 1500);
        }),
    );
    await screenshot(page, 'desktop-zoomed');
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('the app on a small screen', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openApp(browser, { viewport: { width: 320, height: 640 } });
    page = opened.page;
    await waitForMapReady(page);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('starts with the map, the summary folded into a bottom sheet', async () => {
    await screenshot(page, 'mobile');
    const toggle = page.getByRole('button', { name: 'Afficher les filtres' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#filtres-contenu').isVisible()).toBe(false);
    const map = await page.locator('.map-view').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(250);
  });

  it('unfolds the summary on demand', async () => {
    await page.getByRole('button', { name: 'Afficher les filtres' }).click();
    const toggle = page.getByRole('button', { name: 'Masquer les filtres' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#filtres-contenu').isVisible()).toBe(true);
    await openSummary(page);
    expect(await countOf(page, '#filtres [data-count="total"]')).toBe(meta.counts.actors + meta.counts.projects);
    await page.waitForTimeout(300);
    await screenshot(page, 'mobile-unfolded');
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('the app when things go wrong', () => {
  it('explains a file that fails to load, in French, and retries it', async () => {
    let fail = true;
    const { page } = await openApp(browser, {
      prepare: (page) =>
        page.route('**/data/meta.json', (route) => (fail ? route.fulfill({ status: 404, body: 'introuvable' }) : route.fallback())),
    });
    await openSummary(page);
    const alert = page.locator('#filtres [role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('Les données n’ont pas pu être chargées.');
    expect(await alert.innerText()).toContain('meta.json');
    await screenshot(page, 'error-meta');
    fail = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('#filtres [data-count="total"]').waitFor();
    expect(await countOf(page, '#filtres [data-count="total"]')).toBe(meta.counts.actors + meta.counts.projects);
    await page.context().close();
  });

  it('says so when the map cannot be displayed, and shows the list instead', async () => {
    const { page } = await openApp(browser, {
      prepare: (page) =>
        page.addInitScript(() => {
          const getContext = HTMLCanvasElement.prototype.getContext;
          // Simulates a browser without WebGL.
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            if (type.startsWith('webgl')) return null;
            return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof getContext;
        }),
    });
    const message = page.locator('.map-view [role="alert"]');
    await message.waitFor();
    expect(await message.innerText()).toContain('La carte ne peut pas être affichée.');
    await page.getByTestId('list-view').waitFor();
    await screenshot(page, 'no-webgl');
    await page.context().close();
  });
});
