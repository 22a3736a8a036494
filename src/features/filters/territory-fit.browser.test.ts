/**
 * Choosing a région or a département in the filters fits the map to it: the territory's extent is
 * wholly on the map, and fills a good part of it; clearing the choice shows France again. On a
 * desktop and on a phone (where the filters are a sheet below the map).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bbox } from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../../tests/helpers/browser';

type Shapes = GeometryCollection<{ code: string; nom: string }>;
const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/data/basemap-overview.topo.json'), 'utf8'),
) as Topology<{ regions: Shapes; departements: Shapes }>;
const extentOf = (kind: 'regions' | 'departements', code: string) => {
  const collection = feature(topology, topology.objects[kind]) as { features: Feature<Polygon | MultiPolygon, { code: string }>[] };
  const found = collection.features.find((f) => f.properties.code === code);
  if (!found) throw new Error(`no ${kind} ${code}`);
  return bbox(found) as [number, number, number, number];
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The camera the URL holds (zoom, lat, lon), once the map has settled on it (the same for 0.8 s). */
/** The camera in the page's URL ('' before any move). */
const urlCamera = (page: Page) => page.evaluate(() => new URLSearchParams(window.location.search).get('map') ?? '');

/** Once it differs from `before` and has stayed the same for 0.8 s. */
async function settledCamera(page: Page, before: string) {
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        // Read in the page: a camera move replaces the history entry, which `page.url()` may not see.
        const now = await urlCamera(page);
        same = now !== '' && now !== before && now === last ? same + 1 : 0;
        last = now;
        return same >= 2;
      },
      { interval: 400, timeout: 15_000 },
    )
    .toBe(true);
  const [zoom = 0, lat = 0, lon = 0] = last.split('/').map(Number);
  return { zoom, lat, lon };
}

/**
 * Where an extent lies on the map, in px of the map's box: Web Mercator from the camera (MapLibre's
 * world is 512 px wide at zoom 0).
 */
async function onScreen(page: Page, extent: [number, number, number, number], before: string) {
  const camera = await settledCamera(page, before);
  const box = await page.locator('.map-view').boundingBox();
  if (!box) throw new Error('no map');
  const world = 512 * 2 ** camera.zoom;
  const x = (lon: number) => ((lon + 180) / 360) * world;
  const y = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  const cx = x(camera.lon);
  const cy = y(camera.lat);
  const [west, south, east, north] = extent;
  return {
    zoom: camera.zoom,
    left: x(west) - cx + box.width / 2,
    right: x(east) - cx + box.width / 2,
    top: y(north) - cy + box.height / 2,
    bottom: y(south) - cy + box.height / 2,
    width: box.width,
    height: box.height,
  };
}

/** The extent is all on the map and spans at least half of its width or of its height. */
function expectFitted(place: Awaited<ReturnType<typeof onScreen>>) {
  expect(place.left).toBeGreaterThanOrEqual(-1);
  expect(place.top).toBeGreaterThanOrEqual(-1);
  expect(place.right).toBeLessThanOrEqual(place.width + 1);
  expect(place.bottom).toBeLessThanOrEqual(place.height + 1);
  const share = Math.max((place.right - place.left) / place.width, (place.bottom - place.top) / place.height);
  expect(share).toBeGreaterThan(0.5);
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('choosing a territory in the filters on a %s', (device, viewport) => {
  it('fits the map to the région, then to the département, then back to France', async () => {
    const { page, errors } = await openApp(browser, { viewport });
    await waitForMapReady(page);
    const toggle = page.locator('.panel-toggle');
    if (await toggle.isVisible()) {
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    }
    const region = page.getByLabel('Région', { exact: true });
    await region.selectOption('75');
    const nouvelleAquitaine = await onScreen(page, extentOf('regions', '75'), '');
    await screenshot(page, `territory-fit-region-${device}`);
    expectFitted(nouvelleAquitaine);

    let before = await urlCamera(page);
    await page.getByLabel('Département', { exact: true }).selectOption('33');
    const gironde = await onScreen(page, extentOf('departements', '33'), before);
    await screenshot(page, `territory-fit-departement-${device}`);
    expect(errors).toEqual([]);
    expectFitted(gironde);
    expect(gironde.zoom).toBeGreaterThan(nouvelleAquitaine.zoom);

    before = await urlCamera(page);
    await region.selectOption('');
    const france = await onScreen(page, [-5.3, 41.2, 9.7, 51.2], before);
    expect(france.zoom).toBeLessThan(nouvelleAquitaine.zoom);
    expect(france.left).toBeGreaterThanOrEqual(-1);
    expect(france.right).toBeLessThanOrEqual(france.width + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('chosen in the list view, the map is fitted when it is shown', async () => {
    const { page, errors } = await openApp(browser, { viewport });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.getByTestId('list-view').waitFor();
    const toggle = page.locator('.panel-toggle');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    const before = await urlCamera(page);
    await page.getByLabel('Région', { exact: true }).selectOption('53');
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    const bretagne = await onScreen(page, extentOf('regions', '53'), before);
    await screenshot(page, `territory-fit-after-list-${device}`);
    expect(errors).toEqual([]);
    expectFitted(bretagne);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
