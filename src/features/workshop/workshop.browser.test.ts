/**
 * The data workshop in the browser, as a person tries it: open `atelier.html`, pick an Excel
 * workbook and a CSV at once, see how each is read, change what a column is read as, try an
 * address the browser may not fetch, drop a sheet without header row and answer the question,
 * check the sheets in the worker and read the counts, which
 * must be those of the same pipeline run here in node on the entries the page exports. At
 * desktop and phone sizes, with screenshots.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../../../tests/helpers/axe';
import { launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';
import { placesFromFiles } from '../../pipeline/gazetteer-places';
import { runPipeline } from '../../pipeline/run-pipeline';
import { SheetSourceSchema, type SheetSource } from '../../pipeline/sources';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const WORKBOOK = path('../../../tests/fixtures/sheets/acteurs.xlsx');
const LINKS = path('../../../data/seed-links.csv');
const BLOCKED = 'https://feuilles.example.invalid/export?format=csv';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The page with both sheets picked and read. */
async function openWithSheets(viewport?: { width: number; height: number }) {
  const opened = await openApp(browser, {
    path: 'atelier.html',
    ...(viewport ? { viewport } : {}),
    // No site of the test publishes sheets: an address outside fails as a refused fetch (CORS) would.
    prepare: (page) => page.route('https://**/*', (route) => route.abort()),
  });
  const { page } = opened;
  await page.getByRole('heading', { level: 1, name: 'Atelier des données' }).waitFor();
  await page.getByTestId('workshop-files').setInputFiles([WORKBOOK, LINKS]);
  const sheets = page.getByRole('list', { name: 'Feuilles ouvertes' }).getByRole('listitem');
  await expect.poll(() => sheets.count()).toBe(2);
  await page.getByText('5 lignes').waitFor();
  await page.getByText('32 lignes').waitFor();
  return opened;
}

async function countOf(page: Page, key: string): Promise<string> {
  return (await page.locator(`[data-count="${key}"] dd`).textContent())?.trim() ?? '';
}

/** Page errors, the aborted fetch of the blocked address apart. */
const realErrors = (errors: string[]) => errors.filter((e) => !/ERR_FAILED|Failed to load resource/.test(e));

describe('the data workshop', () => {
  it('reads a workbook and a CSV, maps a column, checks them in the worker and shows the counts', async () => {
    const { page, errors } = await openWithSheets();
    await expect.poll(() => page.getByRole('button', { name: '1. Feuilles', exact: true }).getAttribute('aria-current')).toBe('step');
    expect(await page.title()).toBe('Atelier des données – Atlas des catalyseurs territoriaux');
    // The page's own policy: the atlas's, plus reading published sheets from other sites.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("connect-src 'self' https:");
    expect(policy).toContain("script-src 'self';");

    const workbook = page.getByRole('listitem').filter({ hasText: 'acteurs.xlsx' });
    await workbook.getByText('Format : Excel (XLSX)').waitFor();
    expect(await workbook.getByLabel('Feuille du classeur').inputValue()).toBe('Acteurs');
    expect(await workbook.getByLabel('Contenu').inputValue()).toBe('actors');
    const links = page.getByRole('listitem').filter({ hasText: 'seed-links.csv' });
    expect(await links.getByLabel('Contenu').inputValue()).toBe('links');

    // An address the browser may not read: said plainly, with the address to download.
    await page.getByLabel('Adresse d’une feuille publiée').fill(BLOCKED);
    await page.getByRole('button', { name: 'Lire la feuille' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'ne permet pas à un navigateur de la lire directement' });
    await refused.waitFor();
    expect(await refused.getByRole('link').getAttribute('href')).toBe(BLOCKED);
    await expectNoSeriousViolations(page, 'workshop-open');
    await screenshot(page, 'workshop-open');

    await page.getByRole('button', { name: 'Étape suivante : 2. Colonnes' }).click();
    await expect.poll(() => page.getByRole('button', { name: '2. Colonnes', exact: true }).getAttribute('aria-current')).toBe('step');
    // The step's title takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('2. Colonnes');
    const sheetColumns = page.getByRole('region', { name: 'acteurs.xlsx' });
    await sheetColumns.locator('summary', { hasText: 'colonnes reconnues' }).click();
    const role = sheetColumns.getByLabel('Champ de la colonne « role_in_source »');
    expect(await role.inputValue()).toBe('role');
    await role.selectOption('ignore');
    await sheetColumns.getByText('Exporter pour sources.json').click();
    const entries = await Promise.all(
      ['acteurs.xlsx', 'seed-links.csv'].map(async (name) => {
        const region = page.getByRole('region', { name });
        if (!(await region.locator('details.workshop-export').getAttribute('open')))
          await region.getByText('Exporter pour sources.json').click();
        return SheetSourceSchema.parse(JSON.parse((await region.getByTestId('sources-entry').textContent()) ?? ''));
      }),
    );
    expect(entries[0]).toMatchObject({ file: 'acteurs.xlsx', sample: false, sheet: 'Acteurs', columns: { role_in_source: 'ignore' } });
    expect(entries[1]).toMatchObject({ file: 'seed-links.csv', sample: false });
    await expectNoSeriousViolations(page, 'workshop-columns');
    await screenshot(page, 'workshop-columns');

    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await page.getByTestId('workshop-counts').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('button', { name: '3. Rapport', exact: true }).getAttribute('aria-current')).toBe('step');

    // The same pipeline, here, on the entries the page exported: the same counts.
    const expected = await runPipeline({
      sources: { actors: [entries[0] as SheetSource], links: [entries[1] as SheetSource] },
      read: (file) => Promise.resolve(new Uint8Array(readFileSync(file === 'acteurs.xlsx' ? WORKBOOK : LINKS))),
      places: placesFromFiles(
        readFileSync(path('../../../dist/data/gazetteer.json'), 'utf8'),
        readFileSync(path('../../../dist/data/basemap.topo.json'), 'utf8'),
      ),
      builtAt: new Date().toISOString(),
    });
    const { counts, problems } = expected.meta;
    expect(counts.actors + counts.projects).toBe(5);
    expect(await countOf(page, 'records')).toBe(String(counts.actors + counts.projects));
    expect(await countOf(page, 'placed')).toBe(String(counts.located));
    expect(await countOf(page, 'links')).toBe(String(counts.links));
    expect(await countOf(page, 'errors')).toBe(String(problems.errors));
    expect(await countOf(page, 'warnings')).toBe(String(problems.warnings));
    expect(await countOf(page, 'elapsed')).toMatch(/^\d+(,\d)? s$|^\d+ ms$/);
    await screenshot(page, 'workshop-checked');
    expect(realErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('asks about a first row that looks like data, and fits a phone without scrolling the page', async () => {
    const { page, errors } = await openWithSheets({ width: 390, height: 844 });
    // Dropped on the zone, as a file dragged from the desktop.
    await page.locator('.workshop-drop').evaluate((zone) => {
      const transfer = new DataTransfer();
      const text = 'Maison des projets,contact@maison.fr,86194\nTiers-lieu,bonjour@tiers.fr,69123\n';
      transfer.items.add(new File([text], 'sans-entetes.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const question = page.getByRole('group', { name: 'La première ligne est-elle une ligne d’en-têtes ?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Non' }).click();
    const sheet = page.getByRole('listitem').filter({ hasText: 'sans-entetes.csv' });
    await sheet.getByText('2 lignes').waitFor();
    await sheet.getByText('les colonnes sont nommées par leur lettre').waitFor();

    // The shell stays: only the step's panel scrolls, and nothing is wider than the screen.
    const layout = await page.evaluate(() => {
      const main = document.querySelector('.workshop-main');
      return {
        pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
        tooWide: document.documentElement.scrollWidth > window.innerWidth + 1,
        panelScrolls: main ? main.scrollHeight > main.clientHeight : false,
      };
    });
    expect(layout).toEqual({ pageScrolls: false, tooWide: false, panelScrolls: true });
    await screenshot(page, 'workshop-phone');
    await page.getByRole('button', { name: '2. Colonnes', exact: true }).click();
    const columns = page.getByRole('region', { name: 'sans-entetes.csv' });
    // The guess, from the values alone: emails, commune codes.
    expect(await columns.getByLabel('Champ de la colonne « B »').inputValue()).toBe('email');
    expect(await columns.getByLabel('Champ de la colonne « C »').inputValue()).toBe('commune');
    await columns.getByLabel('Champ de la colonne « A »').selectOption('name');
    await columns.getByLabel('Champ de la colonne « C »').scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-phone-columns');

    // In English, and back: the address keeps the language.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Data workshop' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Back to the atlas' }).getAttribute('href')).toBe('./?lang=en');
    expect(await page.getByRole('button', { name: '2. Columns', exact: true }).getAttribute('aria-current')).toBe('step');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Atelier des données' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(realErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
