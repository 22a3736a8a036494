/**
 * "Où manquent les catalyseurs ?" as a person would use it: the density layer read from its
 * table (and checked against the data files), a filter that changes the values, the white zones
 * at 25 km, the communes concerned close up, the ranking of fragile and under-served régions,
 * and the same on a phone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dimensionScores } from '../fragility/fragility';
import { type FragilityData } from '../../core/fragility-data';
import type { Gazetteer } from '../../core/gazetteer';
import { communeTable, nearestDistances, whiteZoneShares } from './white-zones';
import { launchBrowser, openApp, screenshot, waitForMapReady, type OpenedPage } from '../../../tests/helpers/browser';
import { runAxe } from '../../../tests/helpers/axe';
import { readActors } from '../../../tests/helpers/data-files';

const dataDir = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'dist/data');
const readData = <T,>(file: string): T => JSON.parse(readFileSync(resolve(dataDir, file), 'utf8')) as T;
const actors = readActors(dataDir);
const gazetteer = readData<Gazetteer>('gazetteer.json');
const fragility = readData<FragilityData>('fragility.json');

/** Actors per 100,000 inhabitants of a département, straight from the data files, to 2 decimals. */
function expectedDensity(dep: string, keep: (practices: string[]) => boolean = () => true): number {
  const count = actors.features.filter(
    (f) => f.geometry !== null && f.properties.departement === dep && keep(f.properties.practices),
  ).length;
  const population = gazetteer.departements.find((d) => d.code === dep)?.population ?? NaN;
  return Math.round((count * 100_000 * 100) / population) / 100;
}

/** "1,81" → 1.81; "47,8 %" → 47.8. */
function frenchNumber(text: string | null): number {
  return Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

async function cellOf(page: Page, rowName: RegExp, column: number): Promise<string | null> {
  const row = page.getByTestId('coverage-table').getByRole('row', { name: rowName });
  return row.getByRole('cell').nth(column).textContent();
}

/** Moves the pointer over the map until the tooltip shows (markers may be in the way). */
async function hoverMap(page: Page): Promise<string> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  for (const [fx, fy] of [[0.3, 0.55], [0.35, 0.7], [0.25, 0.45], [0.45, 0.75], [0.4, 0.35]] as const) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    const tooltip = page.locator('.coverage-tooltip');
    if (await tooltip.isVisible()) return (await tooltip.textContent()) ?? '';
  }
  return '';
}

/** Accessibility violations inside the element, by axe-core (rule id: number of nodes). */
async function axeViolations(page: Page, selector: string): Promise<Record<string, number>> {
  const { violations } = await runAxe(page, { include: selector });
  return Object.fromEntries(violations.map((v) => [v.id, v.nodes.length]));
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('coverage and white zones on the desktop', () => {
  let opened: OpenedPage;
  const requested: string[] = [];
  beforeAll(async () => {
    opened = await openApp(browser, { prepare: async (page) => page.on('request', (r) => requested.push(new URL(r.url()).pathname)) });
    await waitForMapReady(opened.page);
  });

  it('loads the communes and populations only once a coverage layer is on', async () => {
    const { page } = opened;
    expect(requested.some((p) => p.endsWith('/gazetteer.json'))).toBe(false);
    expect(await page.getByRole('button', { name: /^Calques/ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('switches the density layer on and reads a département from the table, as the data files say', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Calques/ }).click();
    await page.getByLabel('Calque affiché').selectOption({ label: 'Acteurs pour 100 000 habitants, par département' });
    await expect.poll(() => param(page, 'overlay')).toBe('coverage');
    await page.getByTestId('coverage-legend').waitFor();
    expect(requested.some((p) => p.endsWith('/gazetteer.json'))).toBe(true);
    expect(await page.getByTestId('coverage-legend').textContent()).toContain('Acteurs et projets pour 100 000 habitants');
    expect(await page.getByTestId('coverage-legend').textContent()).toMatch(/0 acteur ou projet/);

    await page.getByRole('button', { name: 'Voir le tableau des valeurs' }).click();
    expect(await page.getByTestId('coverage-table').getByRole('row').count()).toBe(1 + 101);
    const expected = expectedDensity('63');
    expect(expected).toBeGreaterThan(0);
    expect(frenchNumber(await cellOf(page, /63 – Puy-de-Dôme/, 2))).toBe(expected);

    // The keyboard reads the same value: focusing the row's button announces it.
    await page.getByRole('button', { name: '63 – Puy-de-Dôme' }).focus();
    await expect.poll(() => page.getByTestId('coverage-reading').textContent()).toContain('63 – Puy-de-Dôme : ');
    expect(frenchNumber((await page.getByTestId('coverage-reading').textContent())?.split(':')[1]?.split('pour')[0] ?? '')).toBe(expected);
    expect(await page.getByRole('row', { name: /63 – Puy-de-Dôme/ }).getAttribute('aria-current')).toBe('true');

    const tooltip = await hoverMap(page);
    expect(tooltip).toMatch(/ : [\d,]+ pour 100 000 habitants/);
    await screenshot(page, 'coverage-departements');
  });

  it('sorts the table: the first row after sorting by density (descending) has the highest value', async () => {
    const { page } = opened;
    const header = page.getByTestId('coverage-table').getByRole('button', { name: /Pour 100 000 hab/ });
    await header.click();
    await header.click();
    expect(await page.getByTestId('coverage-table').getByRole('columnheader', { name: /Pour 100 000 hab/ }).getAttribute('aria-sort')).toBe('descending');
    const firstDensity = frenchNumber(await page.getByTestId('coverage-table').getByRole('row').nth(1).getByRole('cell').nth(2).textContent());
    const max = Math.max(...gazetteer.departements.map((d) => expectedDensity(d.code)));
    expect(firstDensity).toBe(max);
  });

  it('follows the filters: only « Gestion d’un lieu », the value changes to what the data say', async () => {
    const { page } = opened;
    const before = frenchNumber(await cellOf(page, /63 – Puy-de-Dôme/, 2));
    await page.getByRole('checkbox', { name: /Gestion d.un lieu/ }).check();
    const expected = expectedDensity('63', (p) => p.includes('lieu'));
    expect(expected).not.toBe(before);
    await expect.poll(async () => frenchNumber(await cellOf(page, /63 – Puy-de-Dôme/, 2))).toBe(expected);
    await page.getByRole('checkbox', { name: /Gestion d.un lieu/ }).uncheck();
    await expect.poll(async () => frenchNumber(await cellOf(page, /63 – Puy-de-Dôme/, 2))).toBe(before);
  });

  it('switches to the white zones at 25 km and reads a département’s share', async () => {
    const { page } = opened;
    await page.getByLabel('Calque affiché').selectOption({ label: 'Population à plus de 25 km' });
    await expect.poll(() => param(page, 'overlay')).toBe('white:25');
    await expect.poll(() => page.getByTestId('coverage-legend').textContent()).toContain('% de la population à plus de 25 km');
    await page.getByTestId('coverage-table').waitFor();

    const communes = communeTable(gazetteer.communes);
    const points = actors.features.flatMap((f) => (f.geometry ? f.geometry.coordinates.slice(0, 2) : []));
    const rows = whiteZoneShares(communes, nearestDistances(communes, points), 25);
    const lozere = rows.find((r) => r.code === '48');
    const creuse = rows.find((r) => r.code === '23');
    expect(lozere?.share).toBeGreaterThan(0);
    expect(lozere?.share).toBeLessThan(1);
    await expect
      .poll(async () => frenchNumber(await cellOf(page, /48 – Lozère/, 2)))
      .toBe(Math.round((lozere?.share ?? NaN) * 1000) / 10);
    expect(frenchNumber(await cellOf(page, /48 – Lozère/, 1))).toBe(lozere?.beyond);
    expect(frenchNumber(await cellOf(page, /23 – Creuse/, 2))).toBe(Math.round((creuse?.share ?? NaN) * 1000) / 10);
    expect(frenchNumber(await cellOf(page, /48 – Lozère/, 3))).toBe(lozere?.communes);
    expect(Number(await page.getByTestId('coverage-reading').getAttribute('data-ms'))).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'coverage-white-25');
  });

  it('opens the ranking of fragile and under-served régions and reads the first région', async () => {
    const { page } = opened;
    await page.getByLabel('Calque affiché').selectOption({ label: 'Régions fragiles et peu couvertes' });
    await expect.poll(() => param(page, 'overlay')).toBe('ranking:sociale');
    const table = page.getByTestId('coverage-ranking-table');
    await table.waitFor();

    const mostFragile = (score: (code: string) => number) => {
      const code = fragility.regions.map((r) => r.code).reduce((best, c) => (score(c) > score(best) ? c : best));
      return gazetteer.regions.find((r) => r.code === code)?.name ?? code;
    };
    const firstRegion = async () => (await table.getByRole('row').nth(1).getByRole('rowheader').textContent())?.replace(/^1\.\s*/, '');
    expect(await table.getByRole('row').count()).toBe(1 + 13);
    expect(await firstRegion()).toBe(mostFragile((c) => dimensionScores(fragility, c).sociale ?? -1));
    expect(await page.getByTestId('coverage-ranking-sample').textContent()).toMatch(/\d+ sont réelles et \d+ sont des données d’exemple/);
    expect(await page.getByTestId('coverage-ranking').textContent()).toContain('Observatoire des partenariats – programme IMPACT (Comisis / OpinionWay, 2020)');

    await page.getByLabel('Fragilité selon').selectOption('chomage');
    await expect.poll(() => param(page, 'overlay')).toBe('ranking:chomage');
    const chomage = fragility.indices.find((i) => i.id === 'chomage');
    await expect.poll(firstRegion).toBe(mostFragile((c) => chomage?.values[c]?.score ?? -1));
    await screenshot(page, 'coverage-ranking');
    expect(await axeViolations(page, '[data-testid="coverage-control"]')).toEqual({});
    expect(opened.errors).toEqual([]);
  });
});

describe('opened from a link', () => {
  it('shows the communes of a white zone close up (zoom 8.5 over the Creuse)', async () => {
    const { page, errors } = await openApp(browser, { path: '?overlay=white:25&map=8.5/46.10/2.00' });
    await waitForMapReady(page);
    await expect.poll(() => page.getByTestId('coverage-legend').textContent()).toContain('Commune à plus de 25 km');
    await expect.poll(() => page.getByTestId('coverage-reading').textContent()).not.toContain('Calcul');
    expect(await page.getByText('Zoomez pour voir les communes concernées.').count()).toBe(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'coverage-white-communes');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone screen: folded in the top row between the territories and the zoom, the whole width once unfolded', async () => {
    const { page, errors } = await openApp(browser, { path: '?overlay=coverage-region', viewport: { width: 320, height: 640 } });
    await waitForMapReady(page);
    const toggle = page.getByRole('button', { name: /^Calques/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await toggle.innerText()).replace(/\s*▾$/, '')).toBe('Calques');
    const zoomIn = await page.getByRole('button', { name: 'Zoomer', exact: true }).boundingBox();
    const territories = await page.locator('.territory-switcher select').boundingBox();
    const folded = await page.getByTestId('coverage-control').boundingBox();
    if (!zoomIn || !territories || !folded) throw new Error('a control is not shown');
    // Same row as the zoom-in button, and clear of it and of the territories' list.
    expect(folded.y).toBeLessThan(zoomIn.y + zoomIn.height);
    expect(folded.x + folded.width).toBeLessThanOrEqual(zoomIn.x);
    expect(folded.x).toBeGreaterThanOrEqual(territories.x + territories.width);
    await screenshot(page, 'coverage-phone-folded');

    await toggle.click();
    await page.getByTestId('coverage-legend').waitFor();
    const box = await page.getByTestId('coverage-control').boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    expect(await toggle.innerText()).toContain('Calques : fragilité, couverture');
    expect(await page.getByTestId('coverage-legend').textContent()).toContain('Régions');
    await screenshot(page, 'coverage-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
