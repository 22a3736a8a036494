/**
 * The report step of the built workshop, as staff use it: a sheet with mistakes is checked, the
 * report lists its problems with filters and counts, a row opens its record, a cell corrected in
 * place (Enter) is saved and the focus comes back to it, « Vérifier à nouveau » clears the
 * problem, and the corrected sheet downloads as XLSX and as CSV for French Excel.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchBrowser, screenshot } from '../../../../tests/helpers/browser';
import { expectNoSeriousViolations } from '../../../../tests/helpers/axe';

const SHEET = [
  'nom,commune,pratiques,couleur',
  'Tiers-lieu des Usines,86194,lieu; bricolage,vert',
  ',86194,dialogue,',
  'La Fabrique,99999,dialogue,',
].join('\n');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  page = await context.newPage();
  await page.goto(`${APP_URL}atelier.html`);
  await page.getByTestId('workshop-files').setInputFiles({ name: 'acteurs.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
  await page.getByRole('button', { name: '2. Colonnes', exact: true }).click();
  const check = page.getByRole('button', { name: 'Vérifier', exact: true });
  try {
    await check.click({ timeout: 30_000 });
  } catch (error) {
    await screenshot(page, 'workshop-report-not-ready');
    throw new Error(`« Vérifier » stayed disabled; the page said: ${await page.locator('main').innerText()}`, { cause: error });
  }
  await page.locator('.report-table').waitFor({ timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const table = () => page.locator('.report-table');

describe('the report step', () => {
  it('lists the problems under a caption, with labelled filters and their counts', async () => {
    await expect.poll(() => table().locator('caption').textContent()).toMatch(/^Problèmes trouvés par la vérification \(\d+ sur \d+\)$/);
    const messages = await table().locator('tbody tr.report-row td:nth-child(6)').allTextContents();
    expect(messages).toContain('nom vide');
    expect(messages).toContain('code INSEE de commune inconnu');
    expect(messages.some((m) => m.startsWith('pratique inconnue'))).toBe(true);
    // « couleur » was guessed « ignorer » at the columns step: no « colonne inconnue ».
    expect(messages).not.toContain('colonne inconnue');

    const severity = page.getByLabel('Gravité');
    await severity.selectOption('error');
    await expect.poll(() => table().locator('tbody tr.report-row').count()).toBe(1);
    expect(await severity.locator('option:checked').textContent()).toBe('Erreurs (1)');
    await severity.selectOption('all');

    const kind = page.getByLabel('Type de problème');
    await kind.selectOption('code-insee-de-commune-inconnu');
    await expect.poll(() => table().locator('tbody tr.report-row').count()).toBe(1);
    await expect.poll(() => page.locator('.report-kind-advice').textContent()).toContain('code INSEE');
    await kind.selectOption('all');
    await expectNoSeriousViolations(page, 'workshop-report');
  });

  it('opens a row’s record, saves a corrected cell with Enter and gives the focus back', async () => {
    await page.getByRole('button', { name: 'Voir la ligne 4 de acteurs.csv' }).first().click();
    const record = page.locator('.report-record');
    await expect.poll(() => record.locator('h3').textContent()).toBe('acteurs.csv, ligne 4');
    const cell = record.locator('button[data-column="commune"]');
    expect(await cell.textContent()).toBe('99999');

    await cell.click();
    const input = record.getByRole('textbox', { name: 'Corriger « commune »' });
    await input.fill('86066');
    await input.press('Escape');
    expect(await cell.textContent()).toBe('99999');
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);

    await cell.click();
    await record.getByRole('textbox', { name: 'Corriger « commune »' }).fill('86066');
    await record.getByRole('textbox', { name: 'Corriger « commune »' }).press('Enter');
    await expect.poll(() => cell.textContent()).toBe('86066');
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await record.getByRole('status').textContent()).toContain('Cellule « commune » corrigée');
    await expectNoSeriousViolations(page, 'workshop-report-record');
    await screenshot(page, 'workshop-report');
  });

  it('re-checks the corrected sheet: the problem is gone', async () => {
    await page.locator('.report-record').getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await expect
      .poll(
        async () =>
          (await table().locator('tbody tr.report-row td:nth-child(6)').allTextContents()).includes('code INSEE de commune inconnu'),
        {
          timeout: 30_000,
        },
      )
      .toBe(false);
  });

  it('downloads the corrected sheet as CSV for French Excel and as XLSX, named after the sheet and the day', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'acteurs.csv en CSV pour Excel' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^acteurs - corrigée \d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFnom;commune;pratiques;couleur\r\n')).toBe(true);
    expect(text).toContain('La Fabrique;86066;dialogue;');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'acteurs.csv en XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^acteurs - corrigée \d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await xlsx.path())!);
    // An XLSX is a zip archive.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
