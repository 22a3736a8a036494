/**
 * The IMPACT fragility overlay as a person uses it: an index picked in the layers control, the
 * choropleth under the clusters, a région read under the pointer and from the keyboard, its
 * profile (radar and table) opened, the map filtered to its records, and an unknown overlay id
 * from a link ignored with a notice. Expected figures come from the built data file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FragilityData } from '../../core/fragility-data';
import { expectNoSeriousViolations } from '../../../tests/helpers/axe';
import { hoverMapUntil, launchBrowser, openApp, screenshot, waitForMapReady, type OpenedPage } from '../../../tests/helpers/browser';

const dataDir = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'dist/data');
const fragility = JSON.parse(readFileSync(resolve(dataDir, 'fragility.json'), 'utf8')) as FragilityData;
const chomage = fragility.indices.find((i) => i.id === 'chomage');
if (!chomage) throw new Error('no chomage index');

/** 10.8 → "10,8" (the app's French numbers). */
const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
/** Scores are shown to one decimal. */
const fr1 = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n);

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** Moves the pointer over the map until the région tooltip shows; its text, or '' when none came. */
async function hoverRegion(page: Page): Promise<string> {
  const tooltip = page.getByTestId('fragility-tooltip');
  return (await hoverMapUntil(page, tooltip)) ? ((await tooltip.textContent()) ?? '') : '';
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the fragility overlay', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openApp(browser);
    await waitForMapReady(opened.page);
  });

  it('picks an index in the layers control and puts it in the URL', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Calques/ }).click();
    await page.getByLabel('Calque affiché').selectOption({ label: 'Taux de chômage' });
    expect(param(page, 'overlay')).toBe('fragility:chomage');
    const legend = page.getByTestId('fragility-legend');
    await legend.waitFor();
    const text = (await legend.textContent()) ?? '';
    // Most favourable: Bretagne and Pays de la Loire at 7.2 %, most critical: Hauts-de-France at 10.8 %.
    expect(text).toContain(`Bretagne, Pays de la Loire : ${fr(7.2)}\u00a0%`);
    expect(text).toContain(`Hauts-de-France : ${fr(10.8)}\u00a0%`);
    expect(text).toContain(`France métropolitaine : ${fr1(3.33)} / 10 (${fr(8.4)}\u00a0%)`);
    expect(text).toContain('Outre-mer : pas de données dans la source');
    expect(text).toContain('Observatoire des partenariats – programme IMPACT (Comisis / OpinionWay, 2020)');
  });

  it('draws the choropleth under the clusters, credited in the attribution', async () => {
    const { page } = opened;
    await page.waitForTimeout(800);
    expect(await page.locator('.maplibregl-marker').count()).toBeGreaterThan(0);
    const attribution = (await page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
    expect(attribution).toContain('programme IMPACT');
    // Folded, the control leaves the whole map to see.
    const toggle = page.getByRole('button', { name: /^Calques/ });
    await toggle.click();
    await page.waitForTimeout(300);
    await screenshot(page, 'fragility-choropleth');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('reads a région under the pointer: value, unit, year, previous value, trend and score', async () => {
    const { page } = opened;
    const text = await hoverRegion(page);
    const region = fragility.regions.find((r) => text.startsWith(r.name));
    expect(region, `tooltip: ${text}`).toBeDefined();
    const entry = chomage.values[region?.code ?? ''];
    if (!entry || entry.previous === null) throw new Error('no figures');
    expect(text).toContain(`${fr(entry.value)}\u00a0% (2019T1)`);
    expect(text).toContain(`Avant : ${fr(entry.previous)}\u00a0% (2014T4)`);
    // Unemployment is lower everywhere than in 2014: a fall of a higher-is-more-fragile index.
    expect(text).toContain('Évolution favorable (moins fragile)');
    expect(text).toContain(`Score : ${fr1(entry.score)} / 10`);
  });

  it('reads a région from the keyboard in the list of régions', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Bretagne \d/ }).focus();
    const reading = (await page.getByTestId('fragility-reading').textContent()) ?? '';
    expect(reading).toContain('Bretagne');
    expect(reading).toContain(`${fr(7.2)}\u00a0% (2019T1)`);
    expect(reading).toContain(`Avant : ${fr(8.9)}\u00a0% (2014T4)`);
    expect(reading).toContain('Score : 0 / 10');
  });

  it('opens a région’s profile with its radar and the table of its 17 indices', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Hauts-de-France \d/ }).click();
    expect(param(page, 'area')).toBe('r32');
    const panel = page.getByTestId('fragility-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 3 }).textContent()).toBe('Hauts-de-France : profil de fragilité');
    const radar = panel.getByRole('img', { name: /Les 17 scores de fragilité de Hauts-de-France/ });
    expect(await radar.count()).toBe(1);
    expect(await radar.locator('polygon.radar-region').count()).toBe(1);
    await panel.getByRole('button', { name: 'Voir le tableau des 17 indices' }).click();
    const table = panel.getByTestId('fragility-table');
    expect(await table.locator('tbody tr').count()).toBe(17);
    const first = (await table.locator('tbody tr').first().textContent()) ?? '';
    expect(first).toContain('Taux de chômage');
    expect(first).toContain(`${fr(10.8)}\u00a0% (2019T1)`);
    // Its five columns fit the panel: nothing to scroll sideways.
    const overflow = await table.evaluate((el) => (el.parentElement ? el.parentElement.scrollWidth - el.parentElement.clientWidth : -1));
    expect(overflow).toBe(0);
    // The three indices the source reads its own way carry their explanation.
    const rows = await table.locator('tbody tr').allTextContents();
    for (const id of ['logements', 'immigration', 'dechets']) {
      const index = fragility.indices.find((i) => i.id === id);
      const row = rows.find((r) => r.includes(index?.labelFr ?? '?'));
      expect(row, id).toContain(index?.careNoteFr ?? '?');
    }
    await expectNoSeriousViolations(page, 'fragility-panel', { include: '[data-testid="fragility-panel"]' });
    await expectNoSeriousViolations(page, 'layers-control', { include: '[data-testid="coverage-control"]' });
    await screenshot(page, 'fragility-panel');
  });

  it('filters the map to the région’s records in one click', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Filtrer la carte sur Hauts-de-France' }).click();
    expect(param(page, 'region')).toBe('32');
    expect(await page.getByTestId('fragility-panel').textContent()).toContain('La carte ne montre que Hauts-de-France.');
  });

  it('hatches the overseas régions: no data in the source', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'La Réunion' }).click();
    await page.waitForTimeout(1200);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    // The control covers the right of the map: read the island left of it.
    await page.getByRole('button', { name: /^Calques/ }).click();
    try {
      const tooltip = page.getByTestId('fragility-tooltip');
      // The camera may still be settling on a slow machine: hover again until the island answers.
      await expect
        .poll(
          async () => {
            await page.mouse.move(box.x + box.width * 0.5 - 1, box.y + box.height * 0.5);
            await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
            await page.waitForTimeout(200);
            return tooltip.isVisible();
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      const text = (await tooltip.textContent()) ?? '';
      expect(text).toContain('La Réunion');
      expect(text).toContain('Pas de données dans la source');
      await screenshot(page, 'fragility-overseas');
    } finally {
      await page.getByRole('button', { name: /^Calques/ }).click();
    }
  });

  it('shows the explanation of an index read in the source’s own way', async () => {
    const { page } = opened;
    await page.getByLabel('Calque affiché').selectOption({ label: "Taux d'immigration (lecture propre à la source, voir la note)" });
    expect(param(page, 'overlay')).toBe('fragility:immigration');
    const care = (await page.getByTestId('fragility-care').textContent()) ?? '';
    expect(care).toContain('diversité');
    expect(care).toContain('pas un jugement');
  });

  it('ignores an unknown overlay id from a link, with a notice', async () => {
    const other = await openApp(browser, { path: '?overlay=fragility:bonheur&area=r84' });
    await waitForMapReady(other.page);
    expect((await other.page.getByTestId('url-notices').textContent()) ?? '').toContain('fragility:bonheur');
    expect(param(other.page, 'overlay')).toBeNull();
    await other.page.context().close();
  });

  it('opens on a link with the overlay and a région', async () => {
    const other = await openApp(browser, { path: '?overlay=fragility-dim:sociale&area=r84' });
    await waitForMapReady(other.page);
    const panel = other.page.getByTestId('fragility-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 3 }).textContent()).toBe('Auvergne-Rhône-Alpes : profil de fragilité');
    expect((await other.page.getByTestId('fragility-legend').textContent()) ?? '').toContain('Moyenne des scores des 6 indices');
    expect(other.errors).toEqual([]);
    await other.page.context().close();
  });
});
