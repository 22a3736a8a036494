/**
 * When things go wrong at run time: a data file missing, slow, cut short, not JSON or of the wrong
 * shape; the links file missing; a server that never answers; no WebGL; an online basemap that
 * fails. Each time a clear French message, a working « Réessayer » where a retry can help, and
 * never a blank page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Route } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../core/model';
import { BASEMAP_COLORS } from '../shared/palette';
import { expectNoSeriousViolations } from '../../tests/helpers/axe';
import {
  APP_URL,
  launchBrowser,
  mapPixelsOnceLandDrawn,
  openApp,
  pixelStats,
  screenshot,
  waitForMapReady,
} from '../../tests/helpers/browser';
import { alertLines, breakable, failure, resultCount, textLines } from '../../tests/helpers/failure-alerts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const meta = JSON.parse(readFileSync(resolve(root, 'dist/data/meta.json'), 'utf8')) as DatasetMeta;
const TOTAL = meta.counts.actors + meta.counts.projects;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a broken actors file', () => {
  const cases: [string, (route: Route) => Promise<void>, string][] = [
    [
      'missing (404)',
      (r) => r.fulfill({ status: 404, body: 'Not Found' }),
      'Le serveur a répondu « 404 Not Found » pour le fichier actors.columns.json.',
    ],
    [
      'cut short',
      async (r) => {
        const response = await r.fetch();
        const body = await response.text();
        await r.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
      },
      'Le fichier actors.columns.json n’est pas un fichier JSON valide.',
    ],
    [
      'a web page instead of JSON',
      (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Maintenance</h1></body></html>' }),
      'Le fichier actors.columns.json n’est pas un fichier JSON valide.',
    ],
    [
      'JSON of another shape',
      (r) =>
        r.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"type":"FeatureCollection","features":[{"type":"Feature","id":"x"}]}',
        }),
      'Le fichier actors.columns.json n’a pas la forme attendue.',
    ],
    [
      'with a column shorter than the others',
      async (r) => {
        const response = await r.fetch();
        const columns = (await response.json()) as { name: string[] };
        columns.name.pop();
        await r.fulfill({ response, body: JSON.stringify(columns) });
      },
      'Le fichier actors.columns.json n’a pas la forme attendue.',
    ],
    [
      'unreachable (network error)',
      (r) => r.abort('connectionrefused'),
      'Le fichier actors.columns.json est inaccessible (réseau indisponible ?).',
    ],
  ];

  it.each(cases)('explains a file %s in French, and « Réessayer » brings the map back', async (name, fail, reason) => {
    const broken = breakable(fail);
    const { page, errors } = await openApp(browser, { prepare: (p) => p.route('**/data/actors.columns.json', broken.handler) });
    const alert = page.locator('.map-area [role="alert"]');
    expect(await alertLines(alert)).toEqual(failure(reason));
    // The filters say why they are empty instead of loading for ever.
    expect(await page.locator('#filtres').innerText()).toContain('Indisponible : les données n’ont pas pu être chargées');
    if (name === 'missing (404)') {
      await screenshot(page, 'robust-actors-404');
      await expectNoSeriousViolations(page, 'error-actors');
    }
    broken.state.repaired = true;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await waitForMapReady(page);
    expect(await resultCount(page)).toBe(TOTAL);
    expect(await page.locator('.map-area [role="alert"]').count()).toBe(0);
    // One load and one automatic retry before the message, then the reader's retry.
    expect(broken.state.requests).toBe(3);
    // The only console errors are the failed loads themselves.
    expect(errors.filter((e) => !/actors\.columns\.json|status of 404|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('fits the message and its button on a phone screen', async () => {
    const { page } = await openApp(browser, {
      viewport: { width: 375, height: 740 },
      prepare: (p) => p.route('**/data/actors.columns.json', (r) => r.fulfill({ status: 404, body: 'Not Found' })),
    });
    const alert = page.locator('.map-area [role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    const box = await alert.boundingBox();
    const button = await alert.getByRole('button', { name: 'Réessayer' }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    expect(button && button.y + button.height <= 740).toBe(true);
    await screenshot(page, 'robust-actors-404-phone');
    await page.context().close();
  });

  it('shows the failure and « Réessayer » in the list view too, where the map is hidden', async () => {
    const broken = breakable((r) => r.fulfill({ status: 500, body: 'Erreur' }));
    const { page } = await openApp(browser, { path: '?view=list', prepare: (p) => p.route('**/data/actors.columns.json', broken.handler) });
    const alert = page.locator('.list-view').getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.innerText()).toContain('Le serveur a répondu « 500 Internal Server Error » pour le fichier actors.columns.json.');
    broken.state.repaired = true;
    await page.locator('.list-view').getByRole('button', { name: 'Réessayer' }).click();
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    expect(await resultCount(page)).toBe(TOTAL);
    await page.context().close();
  });

  it('says « Chargement de la carte… » while a slow file arrives (5 s), then draws the map', async () => {
    const started = Date.now();
    const { page } = await openApp(browser, {
      prepare: (p) =>
        p.route('**/data/actors.columns.json', async (route) => {
          await new Promise((done) => setTimeout(done, 5000));
          await route.fallback();
        }),
    });
    const status = page.locator('.map-area [role="status"]');
    await status.waitFor();
    expect(await status.innerText()).toBe('Chargement de la carte…');
    await page.waitForTimeout(2000);
    // Still waiting, still saying so: never a blank page.
    expect(await status.isVisible()).toBe(true);
    await screenshot(page, 'robust-slow');
    await waitForMapReady(page);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
    expect(await resultCount(page)).toBe(TOTAL);
    expect(await page.locator('.map-area .loading-status').count()).toBe(0);
    await page.context().close();
  });

  it('gives up on a server that never answers, after 30 s, and says so', async () => {
    const { page } = await openApp(browser, {
      prepare: async (p) => {
        await p.clock.install();
        // Never answered.
        await p.route('**/data/actors.columns.json', () => undefined);
      },
    });
    await page.locator('.map-area [role="status"]').waitFor();
    // 30 s in all, not a second wait of 30 s for the retry. The clock also runs on its own for the
    // few real seconds of the test, hence a margin on each side of the 30 s (the unit test of
    // src/state/data-file-fetch.test.ts times it to the millisecond).
    await page.clock.runFor(25_000);
    const alert = page.locator('.map-area [role="alert"]');
    expect(await alert.count()).toBe(0);
    expect(await page.locator('.map-area [role="status"]').innerText()).toBe('Chargement de la carte…');
    await page.clock.runFor(6_000);
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toContain('Le serveur n’a pas répondu à temps pour le fichier actors.columns.json.');
    await page.context().close();
  });
});

describe('a missing basemap file', () => {
  it('says which file failed, and « Réessayer » draws France under the actors', async () => {
    const broken = breakable((r) => r.fulfill({ status: 404, body: 'Not Found' }));
    const { page, errors } = await openApp(browser, { prepare: (p) => p.route('**/data/basemap-overview.topo.json', broken.handler) });
    const alert = page.locator('.map-area [role="alert"]');
    expect(await alertLines(alert)).toEqual(failure('Le serveur a répondu « 404 Not Found » pour le fichier basemap-overview.topo.json.'));
    // The actors do not wait for the basemap: the filters and the count are there.
    expect(await resultCount(page)).toBe(TOTAL);
    // The failure stays on screen until the person retries: no request of its own when the rest of
    // the data (the links) arrives and other parts of the page appear.
    const requests = broken.state.requests;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    expect(broken.state.requests).toBe(requests);
    expect(await alertLines(alert)).toEqual(failure('Le serveur a répondu « 404 Not Found » pour le fichier basemap-overview.topo.json.'));
    const tagCanvas = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement & { atlasTag?: number }>('.maplibregl-canvas');
        if (canvas) canvas.atlasTag ??= 1;
        return canvas?.atlasTag ?? 0;
      });
    expect(await tagCanvas()).toBe(1);
    broken.state.repaired = true;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await waitForMapReady(page);
    // The same map, given its basemap: not a new one.
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('.maplibregl-canvas') as { atlasTag?: number } | null)?.atlasTag))
      .toBe(1);
    expect(await page.locator('.map-area [role="alert"]').count()).toBe(0);
    const stats = await mapPixelsOnceLandDrawn(page, {});
    expect(stats.shares['land']).toBeGreaterThan(0.15);
    expect(await page.locator('.atlas-marker').count()).toBeGreaterThan(3);
    expect(errors.filter((e) => !/basemap-overview|status of 404/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('a missing links file', () => {
  it('keeps the map, and the actor’s panel says the links could not be loaded, with a retry', async () => {
    const broken = breakable((r) => r.fulfill({ status: 404, body: 'Not Found' }));
    const { page } = await openApp(browser, {
      path: '?actor=le-rameau',
      prepare: (p) => p.route('**/data/links.columns.json', broken.handler),
    });
    await waitForMapReady(page);
    expect(await resultCount(page)).toBe(TOTAL);
    const panel = page.getByTestId('detail-panel');
    const alert = panel.getByRole('alert');
    expect(await alertLines(alert)).toEqual(
      failure(
        'Le serveur a répondu « 404 Not Found » pour le fichier links.columns.json.',
        'Les liens entre acteurs n’ont pas pu être chargés.',
      ),
    );
    // Not "no relation": the actor is not said to be alone; and one section of relations only.
    expect(await panel.innerText()).not.toContain('Aucune relation');
    expect(await panel.getByRole('heading', { name: 'Relations' }).count()).toBe(1);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'robust-links-404');
    broken.state.repaired = true;
    await panel.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => panel.locator('.detail-linked li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await panel.getByRole('heading', { name: 'Relations' }).count()).toBe(1);
    await page.context().close();
  });
});

describe('a browser without WebGL', () => {
  it('shows the whole list and explains why there is no map', async () => {
    const { page, errors } = await openApp(browser, {
      prepare: (p) =>
        p.addInitScript(() => {
          const getContext = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
            return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof getContext;
        }),
    });
    const message = page.locator('.map-view [role="alert"]');
    await message.waitFor();
    expect(await textLines(message)).toEqual([
      'La carte ne peut pas être affichée.',
      'Votre navigateur ne permet pas l’affichage WebGL nécessaire à la carte. Le résumé et la liste des catalyseurs restent disponibles.',
    ]);
    const list = page.getByTestId('list-view');
    await list.locator('tbody tr').first().waitFor();
    expect(await resultCount(page)).toBe(TOTAL);
    // The list works: a filter narrows it, a row opens its panel.
    await page.getByRole('checkbox', { name: /Gestion d.un lieu/ }).check();
    await expect.poll(() => resultCount(page)).toBe(meta.counts.byPractice.lieu);
    await list.locator('tbody button').first().click();
    await page.getByTestId('detail-panel').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * The online basemap. Its URL is fixed at build time (`VITE_ONLINE_STYLE_URL`), so the app is
 * built a second time with one, into `dist/online-fallback/`, which the test server already
 * serves; the tests then decide, by intercepting that URL, whether the style arrives, fails or
 * never answers. Nothing in the shipped code exists for the tests' sake.
 */
const STYLE_URL = 'https://fond-de-carte.invalid/style.json';
const FALLBACK_DIR = resolve(root, 'dist/online-fallback');
const FALLBACK_PAGE = `${APP_URL}online-fallback/index.html`;

async function buildWithOnlineStyle(): Promise<void> {
  const index = resolve(FALLBACK_DIR, 'index.html');
  const mainIndex = resolve(root, 'dist/index.html');
  if (existsSync(index) && statSync(index).mtimeMs > statSync(mainIndex).mtimeMs) return;
  const previous = process.env['VITE_ONLINE_STYLE_URL'];
  process.env['VITE_ONLINE_STYLE_URL'] = STYLE_URL;
  try {
    await build({ root, logLevel: 'warn', build: { outDir: FALLBACK_DIR, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env['VITE_ONLINE_STYLE_URL'];
    else process.env['VITE_ONLINE_STYLE_URL'] = previous;
  }
}

const ONLINE_BACKGROUND = '#5a8fbf';
const onlineStyle = JSON.stringify({
  version: 8,
  sources: {},
  layers: [{ id: 'fond', type: 'background', paint: { 'background-color': ONLINE_BACKGROUND } }],
});

describe('an online basemap', () => {
  beforeAll(async () => {
    await buildWithOnlineStyle();
  }, 120_000);

  it('allows the online basemap’s host in the built page’s policy', () => {
    const html = readFileSync(resolve(FALLBACK_DIR, 'index.html'), 'utf8');
    expect(html).toContain("connect-src 'self' https://fond-de-carte.invalid;");
    expect(readFileSync(resolve(FALLBACK_DIR, '_headers'), 'utf8')).toContain("connect-src 'self' https://fond-de-carte.invalid;");
  });

  it('is used when it loads, without any notice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.route(STYLE_URL, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: onlineStyle }));
    await page.goto(FALLBACK_PAGE);
    await waitForMapReady(page);
    const stats = await pixelStats(page, '.map-view', { online: ONLINE_BACKGROUND, land: BASEMAP_COLORS.land });
    expect(stats.shares['online']).toBeGreaterThan(0.3);
    expect(stats.shares['land']).toBeLessThan(0.01);
    expect(await page.locator('.map-style-notice').count()).toBe(0);
    await context.close();
  });

  const failures: [string, (route: Route) => Promise<void> | undefined][] = [
    ['answers 404', (r) => r.fulfill({ status: 404, body: 'Not Found' })],
    ['cannot be reached', (r) => r.abort('namenotresolved')],
    ['never answers (8 s)', () => undefined],
  ];

  it.each(failures)(
    'falls back on the offline basemap when it %s, and says so discreetly',
    async (name, fail) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      const page = await context.newPage();
      await page.route(STYLE_URL, (r) => fail(r));
      await page.goto(FALLBACK_PAGE);
      await waitForMapReady(page, 40_000);
      const notice = page.locator('.map-style-notice');
      expect(await notice.innerText()).toBe('Le fond de carte en ligne n’a pas pu être chargé : la carte utilise le fond hors ligne.');
      expect(await notice.getAttribute('role')).toBe('status');
      // The offline basemap is drawn: the land of France, and the actors on it.
      const stats = await mapPixelsOnceLandDrawn(page, { sea: BASEMAP_COLORS.sea });
      expect(stats.shares['land']).toBeGreaterThan(0.15);
      expect(await page.locator('.atlas-marker').count()).toBeGreaterThan(3);
      if (name === 'answers 404') {
        await screenshot(page, 'robust-basemap-fallback');
        await expectNoSeriousViolations(page, 'basemap-fallback');
      }
      await context.close();
    },
    90_000,
  );
});
