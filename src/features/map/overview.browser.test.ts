/**
 * The first markers of a large dataset come from its overview (`overview.json`) while the actors'
 * file is still on its way: a generated dataset of 6,000 fiches (above the overview's threshold)
 * replaces the app's data, and the actors' file is held back until the test lets it go.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady, type OpenedPage } from '../../../tests/helpers/browser';
import { expectNoSeriousViolations } from '../../../tests/helpers/axe';
import { generatedData, routeGeneratedData, type GeneratedData } from '../../../tests/helpers/generated-data';
import { FIRST_MARKERS_MARK, MAP_INTERACTIVE_MARK } from '../../state/perf-marks';

const SIZE = 6000;

let browser: Browser;
let data: GeneratedData;

beforeAll(async () => {
  data = await generatedData(SIZE);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await data?.remove();
});

/** The app on the generated data, its actors' file held until `release`. */
async function openHeld(options: { viewport?: { width: number; height: number }; path?: string } = {}) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const opened = await openApp(browser, {
    ...options,
    prepare: (page) => routeGeneratedData(page, data.dir, (file) => (file === 'actors.columns.json' ? held : undefined)),
  });
  return { ...opened, release };
}

const marked = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'mark').length > 0, name);

/** The markers on screen: within the map's box. */
function markersInView(page: Page): Promise<{ clusters: number; points: number; counted: number; outside: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('.map-view')!.getBoundingClientRect();
    let clusters = 0;
    let points = 0;
    let counted = 0;
    let outside = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.atlas-marker')) {
      const r = el.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      if (cx < box.left || cx > box.right || cy < box.top || cy > box.bottom) {
        outside += 1;
        continue;
      }
      if (el.classList.contains('atlas-cluster')) {
        clusters += 1;
        counted += Number((/Groupe de (\d[\d\s]*) fiches/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? '0').replace(/\D/g, ''));
      } else points += 1;
    }
    return { clusters, points, counted, outside };
  });
}

describe('the first markers of 6,000 fiches, from the overview', () => {
  let opened: OpenedPage & { release: () => void };

  it('draws the clusters of the whole of France before the actors’ file is in', async () => {
    opened = await openHeld();
    const { page } = opened;
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, FIRST_MARKERS_MARK, { timeout: 30_000 });
    expect(await marked(page, MAP_INTERACTIVE_MARK)).toBe(false);
    expect(await page.locator('html').getAttribute('data-map-ready')).toBeNull();
    // Still loading for assistive technologies: the actors are not all in.
    expect(await page.locator('.map-view').getAttribute('aria-busy')).toBe('true');
    const seen = await markersInView(page);
    expect(seen.clusters).toBeGreaterThan(5);
    // The clusters in view hold the fiches of metropolitan France (the generated data put ~14 % overseas).
    expect(seen.counted + seen.points).toBeGreaterThan(SIZE * 0.8);
    expect(seen.counted + seen.points).toBeLessThanOrEqual(SIZE);
    // One tab stop for the markers, with a spoken name.
    expect(await page.locator('.atlas-marker[tabindex="0"]').count()).toBe(1);
    expect(await page.locator('.atlas-cluster').first().getAttribute('aria-label')).toMatch(
      /^(\d+(,\d)?\s?k – )?Groupe de \d[\d\s]* fiches \(/,
    );
    await screenshot(page, 'overview-first-markers');
    await expectNoSeriousViolations(page, 'overview-first-markers', { include: '.map-view' });
  });

  it('keeps every marker when the actors come: the clustering worker gives the same', async () => {
    const { page, release, errors } = opened;
    const before = await page.evaluate(() => {
      const all = document.querySelectorAll<HTMLElement>('.atlas-marker');
      all.forEach((el) => (el.dataset['fromOverview'] = 'yes'));
      return all.length;
    });
    release();
    await waitForMapReady(page, 60_000);
    expect(await marked(page, MAP_INTERACTIVE_MARK)).toBe(true);
    await page.waitForTimeout(500);
    // Same markers, the same DOM elements: none removed, none added.
    expect(await page.locator('.atlas-marker').count()).toBe(before);
    expect(await page.locator('.atlas-marker[data-from-overview="yes"]').count()).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads the actors once the first markers are drawn, not beside the first map', async () => {
    const { page, errors } = await openApp(browser, { prepare: (p) => routeGeneratedData(p, data.dir) });
    await waitForMapReady(page, 60_000);
    const [firstMarkers, indexed, interactive] = await page.evaluate(() =>
      ['atlas:first-markers', 'atlas:derived:dataset-index', 'atlas:map-interactive'].map(
        (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN,
      ),
    );
    expect(indexed).toBeGreaterThan(firstMarkers!);
    expect(interactive).toBeGreaterThan(indexed!);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('builds the clusters and the search index in workers of their own, ended once built', async () => {
    const started: string[] = [];
    const { page, errors } = await openApp(browser, {
      prepare: async (p) => {
        p.on('worker', (w) => void started.push(w.url()));
        await routeGeneratedData(p, data.dir);
      },
    });
    await waitForMapReady(page, 60_000);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:derived:search-descriptions', 'mark').length > 0, null, {
      timeout: 60_000,
    });
    const alive = () => page.workers().map((w) => w.url());
    for (const builder of ['cluster-build.worker', 'search-build.worker', 'descriptions.worker'])
      await expect.poll(() => alive().filter((url) => url.includes(builder))).toEqual([]);
    expect(alive().some((url) => url.includes('cluster.worker'))).toBe(true);
    expect(alive().some((url) => url.includes('search.worker'))).toBe(true);
    expect(started.some((url) => url.includes('cluster-build.worker'))).toBe(true);
    expect(started.some((url) => url.includes('search-build.worker'))).toBe(true);
    // The map and the search work from what they built.
    await page.getByRole('search').getByRole('searchbox').fill('exemple');
    await expect.poll(() => page.getByTestId('result-count').textContent(), { timeout: 30_000 }).toMatch(/[1-9]/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads the actors at once when the overview cannot be loaded, and draws the map from them', async () => {
    const { page, errors } = await openApp(browser, {
      prepare: async (p) => {
        await routeGeneratedData(p, data.dir);
        await p.route('**/data/overview.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
      },
    });
    const started = Date.now();
    await waitForMapReady(page, 60_000);
    // Not held for the markers that never came (the wait's limit is 6 s).
    expect(Date.now() - started).toBeLessThan(6000);
    const [firstMarkers, indexed] = await page.evaluate(() =>
      ['atlas:first-markers', 'atlas:derived:dataset-index'].map((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN),
    );
    expect(firstMarkers).toBeGreaterThan(indexed!);
    expect(await page.locator('.atlas-cluster').count()).toBeGreaterThan(0);
    // The missing file is said in the console by the browser, nothing else went wrong.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('zooms into a cluster clicked before the actors are in, and shows its parts', async () => {
    const { page, release, errors } = await openHeld();
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, FIRST_MARKERS_MARK, { timeout: 30_000 });
    const zoomBefore = await page.evaluate(() => Number(new URL(location.href).searchParams.get('map')?.split('/')[0] ?? NaN));
    const biggest = await page.evaluate(() => {
      let best = { label: '', n: 0 };
      for (const el of document.querySelectorAll<HTMLElement>('.atlas-cluster')) {
        const n = Number((/Groupe de (\d[\d\s]*) fiches/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? '0').replace(/\D/g, ''));
        if (n > best.n) best = { label: el.getAttribute('aria-label') ?? '', n };
      }
      return best;
    });
    const countBefore = (await markersInView(page)).clusters;
    await page.locator(`.atlas-cluster[aria-label="${biggest.label}"]`).click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('map')), { timeout: 10_000 }).not.toBeNull();
    const zoomAfter = await page.evaluate(() => Number(new URL(location.href).searchParams.get('map')?.split('/')[0]));
    expect(Number.isNaN(zoomBefore) || zoomAfter > zoomBefore).toBe(true);
    expect(zoomAfter).toBeGreaterThanOrEqual(5);
    // The overview's finer level, around the cluster: no cluster as big as the one clicked.
    await expect.poll(async () => (await markersInView(page)).clusters, { timeout: 10_000 }).toBeGreaterThan(0);
    const largest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('.atlas-cluster')].map((el) =>
          Number((/Groupe de (\d[\d\s]*) fiches/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? '0').replace(/\D/g, '')),
        ),
      ),
    );
    expect(largest).toBeLessThan(biggest.n);
    expect(countBefore).toBeGreaterThan(0);
    release();
    await waitForMapReady(page, 60_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws none under a filter set by the address (the overview is of every fiche)', async () => {
    const { page, release, errors } = await openHeld({ path: '?practice=lieu' });
    await page.waitForSelector('.map-view canvas.maplibregl-canvas', { timeout: 30_000 });
    await page.waitForTimeout(2000);
    expect(await page.locator('.atlas-marker').count()).toBe(0);
    expect(await marked(page, FIRST_MARKERS_MARK)).toBe(false);
    release();
    await waitForMapReady(page, 60_000);
    expect(await page.locator('.atlas-marker').count()).toBeGreaterThan(0);
    expect(await marked(page, FIRST_MARKERS_MARK)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone, draws them in the phone’s view', async () => {
    const { page, release, errors } = await openHeld({ viewport: { width: 390, height: 844 } });
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, FIRST_MARKERS_MARK, { timeout: 30_000 });
    const seen = await markersInView(page);
    expect(seen.clusters).toBeGreaterThan(2);
    expect(seen.counted + seen.points).toBeGreaterThan(SIZE * 0.8);
    await screenshot(page, 'phone-overview-first-markers');
    release();
    await waitForMapReady(page, 60_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
