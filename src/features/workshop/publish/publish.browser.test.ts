/**
 * The workshop's last step, as staff use it: a sheet checked in `atelier.html`, « Ouvrir l’aperçu »
 * opens the atlas on it in a new tab under the preview's banner, and the two downloads hold what
 * they say (read back with fflate).
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../../../../tests/helpers/axe';
import { launchBrowser, openApp, screenshot } from '../../../../tests/helpers/browser';

const SHEET = [
  'id,nom,commune,pratiques,description',
  'fiche-d-apercu,Fiche d’aperçu,86194,dialogue,Une fiche préparée dans l’atelier des données.',
  'seconde-fiche,Seconde fiche d’aperçu,79191,lieu,Une autre fiche de l’atelier.',
].join('\n');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the workshop’s preview and publication step', () => {
  it('previews the checked sheet in the atlas and downloads the publishable data and the CI files', async () => {
    const { page, errors } = await openApp(browser, { path: 'atelier.html' });
    await page.getByRole('heading', { level: 1, name: 'Atelier des données' }).waitFor();
    await page
      .getByTestId('workshop-files')
      .setInputFiles({ name: 'atelier-acteurs.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
    await page.getByText('2 lignes').waitFor();
    await page.getByRole('button', { name: 'Étape suivante : 2. Colonnes' }).click();
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await page.getByTestId('workshop-counts').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '7. Aperçu et publication' }).click();
    const step = page.getByTestId('publish-step');
    await step.waitFor();
    await expectNoSeriousViolations(page, 'workshop-publish');
    await screenshot(page, 'workshop-publish');

    // The preview: a new tab on the atlas, with the sheet's fiches under the banner.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), step.getByRole('button', { name: 'Ouvrir l’aperçu' }).click()]);
    await tab.waitForURL(/index\.html\?apercu=1/);
    await tab.getByTestId('preview-banner').getByText('Aperçu — non publié').waitFor();
    await tab.getByRole('button', { name: 'Liste' }).click();
    await tab.locator('.list-view').getByText('Fiche d’aperçu', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await tab.getByText('Labo des partenariats d').count()).toBe(0);
    await step.getByRole('status').getByText('L’aperçu est prêt.').waitFor();
    await tab.close();

    // The publishable archive.
    const [archive] = await Promise.all([
      page.waitForEvent('download'),
      step.getByRole('button', { name: 'Télécharger les données publiables (.zip)' }).click(),
    ]);
    expect(archive.suggestedFilename()).toMatch(/^donnees-atlas-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync(await archive.path())));
    expect(Object.keys(zip).sort()).toEqual([
      'LISEZ-MOI.txt',
      'data/actors.columns.json',
      'data/details/0.json',
      'data/links.columns.json',
      'data/meta.json',
      'data/report.json',
      'feuilles/atelier-acteurs.csv',
      'feuilles/sources.json',
    ]);
    expect(strFromU8(zip['feuilles/atelier-acteurs.csv'] ?? new Uint8Array())).toBe(SHEET);
    expect(JSON.parse(strFromU8(zip['feuilles/sources.json'] ?? new Uint8Array()))).toEqual({
      actors: [{ file: 'atelier-acteurs.csv', sample: false }],
      links: [],
    });
    const meta = JSON.parse(strFromU8(zip['data/meta.json'] ?? new Uint8Array())) as { files: Record<string, string> };
    expect(Object.keys(meta.files)).toEqual(['actors.columns.json', 'details/0.json', 'links.columns.json', 'report.json']);
    expect(strFromU8(zip['data/actors.columns.json'] ?? new Uint8Array())).toContain('Fiche d’aperçu');

    // The continuous-integration files.
    const [ci] = await Promise.all([
      page.waitForEvent('download'),
      step.getByRole('button', { name: 'Télécharger les fichiers d’intégration continue' }).click(),
    ]);
    expect(ci.suggestedFilename()).toBe('integration-continue-atlas.zip');
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(await ci.path())))).sort()).toEqual([
      '.github/workflows/donnees.yml',
      '.gitlab-ci.yml',
      'LISEZ-MOI-integration-continue.txt',
      'data/sources.json',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
