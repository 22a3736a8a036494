/**
 * The proof the workshop republishes the real atlas: every file of the repository's `data/` folder
 * (the sheets, the documents, the fragility table and `sources.json`) given to `atelier.html` at
 * once, checked, and the publishable archive downloaded: each of its `data/` files is the very
 * file `npm run build` wrote into `dist/data/` (the browser test command builds first), and its
 * `feuilles/` folder gives `npm run data` the same inputs again.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const DATA = path('../../../data/');
const BUILT = path('../../../dist/data/');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the data folder through the workshop', () => {
  it('gives a publishable archive whose data files are those npm run build wrote', async () => {
    const { page, errors } = await openApp(browser, { path: 'atelier.html' });
    await page.getByRole('heading', { level: 1, name: 'Atelier des données' }).waitFor();
    const names = readdirSync(DATA).sort();
    expect(names).toContain('sources.json');
    await page.getByTestId('workshop-files').setInputFiles(names.map((name) => `${DATA}${name}`));

    // sources.json is a configuration, not a sheet: the other files are the sheets, in its order.
    await page.getByTestId('workshop-configuration-status').getByText('Configuration « sources.json » appliquée').waitFor();
    const sheets = page.getByRole('list', { name: 'Feuilles ouvertes' }).getByRole('listitem');
    await expect.poll(() => sheets.count()).toBe(names.length - 1);
    await expect.poll(() => page.getByText('Lecture…').count()).toBe(0);
    expect(await sheets.locator('h3').allTextContents()).toEqual([
      'seed-actors.csv',
      'sample-actors.csv',
      'seed-links.csv',
      'sample-links.csv',
      'documents.csv',
      'fragility-impact-2020.csv',
    ]);
    const roleOf = (name: string) => sheets.filter({ hasText: name }).getByLabel('Contenu').inputValue();
    expect(await roleOf('documents.csv')).toBe('documents');
    expect(await roleOf('fragility-impact-2020.csv')).toBe('fragility');
    expect(await sheets.filter({ hasText: 'sample-actors.csv' }).getByLabel('Données d’exemple').isChecked()).toBe(true);
    expect(await sheets.filter({ hasText: 'seed-actors.csv' }).getByLabel('Données d’exemple').isChecked()).toBe(false);
    // No sample checkbox for a table read by its own headers.
    expect(await sheets.filter({ hasText: 'documents.csv' }).getByLabel('Données d’exemple').count()).toBe(0);
    await screenshot(page, 'workshop-data-folder');

    await page.getByRole('button', { name: 'Étape suivante : 2. Colonnes' }).click();
    await page.getByRole('region', { name: 'documents.csv' }).getByText('lus par leurs propres en-têtes').waitFor();
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await page.getByTestId('workshop-counts').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '7. Aperçu et publication' }).click();
    const step = page.getByTestId('publish-step');
    await step.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      step.getByRole('button', { name: 'Télécharger les données publiables (.zip)' }).click(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));

    // The build's meta.json names every other file it wrote (`files`); the archive holds exactly those.
    const builtMeta = JSON.parse(readFileSync(`${BUILT}meta.json`, 'utf8')) as { builtAt: string; files: Record<string, string> };
    const dataFiles = Object.keys(zip)
      .filter((name) => name.startsWith('data/'))
      .map((name) => name.slice('data/'.length))
      .sort();
    expect(dataFiles).toEqual([...Object.keys(builtMeta.files), 'meta.json'].sort());
    expect(dataFiles).toEqual(expect.arrayContaining(['fragility.json', 'actors.columns.json', 'links.columns.json', 'report.json']));
    for (const name of dataFiles) {
      let bytes = zip[`data/${name}`] ?? new Uint8Array();
      if (name === 'meta.json') {
        // builtAt is the only field that depends on the time of the run: set equal, the rest must be the same bytes.
        const text = strFromU8(bytes);
        const meta = JSON.parse(text) as { builtAt: string };
        // Written as JSON.stringify writes it, so that setting the field and writing it again changes nothing else.
        expect(text).toBe(`${JSON.stringify(meta)}\n`);
        bytes = new TextEncoder().encode(`${JSON.stringify({ ...meta, builtAt: builtMeta.builtAt })}\n`);
      }
      expect(Buffer.from(bytes).equals(readFileSync(`${BUILT}${name}`)), name).toBe(true);
    }

    // The sheets as given and sources.json as the repository has it: npm run data gets the same inputs.
    expect(JSON.parse(strFromU8(zip['feuilles/sources.json'] ?? new Uint8Array()))).toEqual(
      JSON.parse(readFileSync(`${DATA}sources.json`, 'utf8')),
    );
    for (const name of names.filter((n) => n !== 'sources.json')) {
      expect(Buffer.from(zip[`feuilles/${name}`] ?? new Uint8Array()).equals(readFileSync(`${DATA}${name}`)), name).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
