/**
 * The tiled mode (a dataset too large to load whole): 2,000 generated rows through the pipeline,
 * their PMTiles archive served by range requests and `meta.json` saying `tiles`, both routed in
 * the test. Clusters come from the tiles, a practice filter changes them, the list says it needs
 * the whole dataset, and the rows file is never read by the app.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../../tests/helpers/browser';
import { generateDataset } from '../../../bench/datasets';
import { tilePoints } from '../../../scripts/build-tiles';
import { countDataset } from '../../pipeline/dataset';
import { buildActorTiles, TILES_MAX_ZOOM } from '../../pipeline/actor-tiles';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ROWS = 2000;

let browser: Browser;
let archive: Uint8Array;
let counts: ReturnType<typeof countDataset>;
let points: number;

beforeAll(async () => {
  const dataset = await generateDataset(ROWS, resolve(ROOT, 'public/data'));
  counts = countDataset(dataset.actors.features, dataset.links);
  const built = buildActorTiles(tilePoints(dataset.actors));
  archive = built.archive;
  points = built.points;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The archive as a static host serves it: `Range` requests answered with 206 and the bytes asked for. */
function serveArchive(route: Route): Promise<void> {
  const range = /bytes=(\d+)-(\d+)?/.exec(route.request().headers()['range'] ?? '');
  const start = range ? Number(range[1]) : 0;
  const end = Math.min(archive.length - 1, range?.[2] ? Number(range[2]) : archive.length - 1);
  return route.fulfill({
    status: range ? 206 : 200,
    headers: {
      'Content-Type': 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${archive.length}` } : {}),
    },
    body: Buffer.from(archive.subarray(start, end + 1)),
  });
}

/** Routes the tiled dataset in, and records which data files the app fetched. */
async function tiled(page: Page): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => {
    // The page's own preload of the default files is not the app reading them.
    if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  await page.route('**/data/meta.json', async (route) => {
    const response = await route.fetch();
    const meta = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...meta, counts, tiles: { file: 'actors.pmtiles', maxZoom: TILES_MAX_ZOOM, points } } });
  });
  await page.route('**/data/actors.pmtiles', serveArchive);
  return fetched;
}

async function clusterLabels(page: Page): Promise<string[]> {
  return page.locator('.atlas-cluster .atlas-cluster-count').allTextContents();
}

describe('tiled map', () => {
  it('draws clusters from the tiles, filters them by practice, and says the list needs the whole data', async () => {
    let fetched: string[] = [];
    const { page, errors } = await openApp(browser, { prepare: async (p) => (fetched = await tiled(p)) });
    await waitForMapReady(page);
    await expect.poll(() => page.locator('.atlas-cluster').count()).toBeGreaterThan(0);
    const before = await clusterLabels(page);
    const total = before.reduce((n, label) => n + Number(label), 0);
    // Clusters and lone points in view add up to the located rows (France in view; a few may sit overseas).
    expect(total + (await page.locator('.atlas-point').count())).toBeGreaterThan(points * 0.9);
    await screenshot(page, 'tiled-map');

    await page.getByTestId('tiled-filters').getByRole('checkbox', { name: /lieu/i }).check();
    await expect.poll(async () => (await clusterLabels(page)).join(' ')).not.toBe(before.join(' '));
    const after = (await clusterLabels(page)).reduce((n, label) => n + Number(label), 0);
    expect(after).toBeLessThan(total);
    await screenshot(page, 'tiled-map-lieu');

    expect(fetched.filter((f) => f === 'actors.columns.json' || f === 'links.columns.json')).toEqual([]);
    expect(fetched).toContain('actors.pmtiles');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('finds the nearest rows from the tiles around a place', async () => {
    const { page, errors } = await openApp(browser, { prepare: tiled, path: '?near=48.8566,2.3522' });
    await waitForMapReady(page);
    const near = page.getByTestId('tiled-near');
    await expect.poll(() => near.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/fiches dans un rayon de \d+ km/);
    expect(await near.getByRole('listitem').count()).toBeGreaterThan(0);
    await screenshot(page, 'tiled-near');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('shows a plain message instead of the list', async () => {
    const { page } = await openApp(browser, { prepare: tiled, path: '?view=list' });
    const notice = page.getByTestId('tiled-view-notice');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toMatch(/demande le jeu de données complet/);
    expect(await notice.textContent()).toMatch(/2\s000 fiches/);
    await screenshot(page, 'tiled-list');
    await page.context().close();
  }, 60_000);
});
