/**
 * Issue 18, end to end: a correction and a new fiche proposed in the atlas reach the workshop by
 * their links (the second opened in a new tab, passed on to the workshop's tab), are reviewed field by field (one field refused from the keyboard) and merged into
 * the network's own sheets (`data/seed-actors.csv`, `data/seed-links.csv`), checked again, and
 * show in the atlas's preview: the new fiche, and the corrected field with « Mise à jour le … ».
 * The journal downloaded says what was decided, and from whom; the published files never do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../../../../tests/helpers/axe';
import { APP_URL, launchBrowser, openApp, screenshot } from '../../../../tests/helpers/browser';
import { parseCsv } from '../../../core/csv';
import { PREVIEW_CACHE } from '../../../state/preview-data';

const ROOT = resolve(import.meta.dirname, '../../../..');
const seed = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(resolve(ROOT, 'data', name)) });
const CORRECTED = 'PTCE Les Mureaux';
const CORRECTED_ID = 'ptce-les-mureaux';
const NEW_NAME = 'Maison des alliances du Sud-Aveyron';
const WEBSITE = 'https://ptce-mureaux.example.fr';
const PROPOSER = { name: 'Camille Exemple', email: 'camille.exemple@mairie-mureaux.example.fr' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The link the send panel shows, once « Préparer l’envoi » has been pressed. */
async function preparedLink(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Préparer l’envoi' }).click();
  await expect.poll(() => dialog.getByTestId('proposal-send').count(), { timeout: 15_000 }).toBe(1);
  return dialog.getByTestId('proposal-link').inputValue();
}

async function proposeCorrection(page: Page): Promise<string> {
  await page.goto(`${APP_URL}?actor=${CORRECTED_ID}`);
  const panel = page.getByTestId('detail-panel');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText(), { timeout: 30_000 }).toBe(CORRECTED);
  await panel.getByRole('button', { name: 'Suggérer une correction' }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByTestId('proposal-form').count(), { timeout: 15_000 }).toBe(1);
  await dialog.getByRole('textbox', { name: /^Site web/ }).fill(WEBSITE);
  await dialog.getByRole('checkbox', { name: 'Dialogue territorial' }).check();
  await dialog.getByRole('textbox', { name: /^Votre nom/ }).fill(PROPOSER.name);
  await dialog.getByRole('textbox', { name: /^Votre courriel/ }).fill(PROPOSER.email);
  const link = await preparedLink(page);
  await page.keyboard.press('Escape');
  return link;
}

async function proposeNewFiche(page: Page): Promise<string> {
  await page.goto(APP_URL);
  await expect.poll(() => page.getByTestId('result-count').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Proposer une fiche' }).click();
  const dialog = page.getByRole('dialog', { name: 'Proposer une fiche' });
  await expect.poll(() => dialog.getByTestId('proposal-form').count(), { timeout: 15_000 }).toBe(1);
  await dialog.getByRole('textbox', { name: /^Nom/ }).fill(NEW_NAME);
  await dialog.getByRole('checkbox', { name: 'Accompagnements' }).check();
  const commune = dialog.getByRole('combobox', { name: /^Commune/ });
  await commune.fill('Saint-Affrique');
  await expect.poll(() => dialog.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await dialog.getByRole('textbox', { name: /^Site web/ }).fill('https://alliances-sud-aveyron.example.org');
  return preparedLink(page);
}

describe('proposals moderated in the workshop', () => {
  it('reviews a correction and a new fiche from the atlas, merges them, and the preview shows them', async () => {
    const { page, errors } = await openApp(browser, { path: '' });
    const correction = await proposeCorrection(page);
    const fresh = await proposeNewFiche(page);
    expect(correction.startsWith(`${APP_URL}atelier.html#proposition=1.`)).toBe(true);
    expect(fresh.startsWith(`${APP_URL}atelier.html#proposition=1.`)).toBe(true);

    // The workshop on the network's own sheets, checked once.
    await page.goto(`${APP_URL}atelier.html`);
    await page.getByRole('heading', { level: 1, name: 'Atelier des données' }).waitFor();
    await page.getByTestId('workshop-files').setInputFiles([seed('seed-actors.csv'), seed('seed-links.csv')]);
    await page.getByText('54 lignes').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Étape suivante : 2. Colonnes' }).click();
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await page.getByTestId('workshop-counts').waitFor({ timeout: 60_000 });

    // The correction's link: in the queue at once, on the proposals step, the fragment cleared.
    await page.goto(correction);
    const step = page.getByTestId('moderation-step');
    await step.waitFor();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(await page.getByRole('button', { name: '6. Propositions' }).getAttribute('aria-current')).toBe('step');
    const review = page.getByTestId('moderation-review');
    await review.getByRole('heading', { name: `Proposition 1 : Correction « ${CORRECTED} »` }).waitFor();
    expect(await review.innerText()).toContain(`Proposée par ${PROPOSER.name} (${PROPOSER.email})`);
    const compare = review.getByTestId('moderation-compare');
    const websiteRow = compare.locator('tr[data-field=website]');
    expect(await websiteRow.locator('.moderation-proposed').innerText()).toBe(WEBSITE);
    const practicesRow = compare.locator('tr[data-field=practices]');
    expect(await practicesRow.locator('.moderation-current').innerText()).toBe('experimentation');
    // Refused from the keyboard: the arrow moves from « Accepter » to « Refuser ».
    const acceptPractices = practicesRow.getByRole('radio', { name: 'Accepter' });
    expect(await acceptPractices.isChecked()).toBe(true);
    await acceptPractices.focus();
    await page.keyboard.press('ArrowRight');
    expect(await practicesRow.getByRole('radio', { name: 'Refuser' }).isChecked()).toBe(true);
    expect(await practicesRow.getByRole('group', { name: 'Décision pour « Pratiques »' }).count()).toBe(1);
    await screenshot(page, 'moderation-correction');
    await expectNoSeriousViolations(page, 'moderation-correction');
    await review.getByRole('button', { name: 'Appliquer à la feuille' }).click();
    await review
      .getByTestId('moderation-outcome')
      .getByText(/^Appliquée à la feuille seed-actors\.csv : 2 cellules changées/)
      .waitFor();

    // The new fiche's link, opened in a new tab as a mail program does: passed on to the workshop
    // already open with the sheets, where it is reviewed (its possible duplicates), then merged.
    const other = await page.context().newPage();
    await other.goto(fresh);
    await other.getByText('Cette proposition a aussi été ajoutée à l’atelier ouvert dans un autre onglet', { exact: false }).waitFor();
    await screenshot(other, 'moderation-other-tab');
    await other.close();
    await review.getByRole('heading', { name: `Proposition 2 : Nouvelle fiche « ${NEW_NAME} »` }).waitFor();
    expect(await review.getByTestId('moderation-duplicates').innerText()).toContain('Aucune fiche semblable');
    expect(await review.innerText()).toContain('La fiche sera ajoutée à la fin de la feuille seed-actors.csv.');
    await screenshot(page, 'moderation-new-fiche');
    await review.getByRole('button', { name: 'Appliquer à la feuille' }).click();
    await review
      .getByTestId('moderation-outcome')
      .getByText(/^Appliquée à la feuille seed-actors\.csv/)
      .waitFor();
    const queue = step.getByTestId('moderation-queue');
    expect(await queue.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual([
      'applied',
      'applied',
    ]);

    // Checked again from the proposals step: one fiche more.
    const records = () => step.locator('[data-count=records] dd').innerText();
    const before = Number((await records()).replace(/\D/g, ''));
    await step.getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await expect.poll(async () => Number((await records()).replace(/\D/g, '')), { timeout: 60_000 }).toBe(before + 1);
    // Now among the actors, the new fiche is no duplicate of itself.
    expect(await review.getByTestId('moderation-duplicates').innerText()).toContain('Aucune fiche semblable');
    await screenshot(page, 'moderation-applied');

    // The journal, as French Excel opens it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      step.getByRole('button', { name: 'Télécharger le journal (CSV pour Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const table = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(table.delimiter).toBe(';');
    const journal = [table.header, ...table.rows.map((r) => table.header.map((h) => r.values[h] ?? ''))];
    const origin = `proposition de ${PROPOSER.name} (${PROPOSER.email}) du `;
    expect(journal[0]).toEqual(['date', 'fiche', 'nom de la fiche', 'champ', 'ancienne valeur', 'nouvelle valeur', 'origine', 'décision']);
    const rows = journal.slice(1).map((r) => [r[1], r[3], r[4], r[5], r[7]]);
    expect(rows.slice(0, 3)).toEqual([
      [CORRECTED_ID, 'site web', '', WEBSITE, 'accepté'],
      [CORRECTED_ID, 'mis à jour le', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'accepté'],
      [CORRECTED_ID, 'pratiques', 'experimentation', 'dialogue;experimentation', 'refusé'],
    ]);
    const NEW_ID = 'maison-des-alliances-du-sud-aveyron';
    expect(rows.slice(3)).toEqual(
      expect.arrayContaining([
        [NEW_ID, 'identifiant', '', NEW_ID, 'accepté'],
        [NEW_ID, 'nom', '', NEW_NAME, 'accepté'],
        [NEW_ID, 'pratiques', '', 'accompagnement', 'accepté'],
        [NEW_ID, 'site web', '', 'https://alliances-sud-aveyron.example.org', 'accepté'],
        [NEW_ID, 'commune', '', expect.stringMatching(/^12\d{3}$/), 'accepté'],
        [NEW_ID, 'mis à jour le', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'accepté'],
      ]),
    );
    expect(rows.slice(3).every((r) => r[0] === NEW_ID && r[4] === 'accepté')).toBe(true);
    expect(await step.getByTestId('moderation-journal-count').innerText()).toBe(`${rows.length} décisions au journal.`);
    expect(journal.slice(1).every((r) => r[6]?.startsWith('proposition '))).toBe(true);
    expect(journal[1]?.[6]?.startsWith(origin)).toBe(true);

    // The preview: the new fiche, and the corrected fiche with its website and its update date.
    await page.getByRole('button', { name: '7. Aperçu et publication' }).click();
    const publish = page.getByTestId('publish-step');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      publish.getByRole('button', { name: 'Ouvrir l’aperçu' }).click(),
    ]);
    await tab.waitForURL(/index\.html\?apercu=1/);
    await tab.getByTestId('preview-banner').getByText('Aperçu — non publié').waitFor({ timeout: 30_000 });
    const panel = tab.getByTestId('detail-panel');
    await tab.goto(`${APP_URL}index.html?apercu=1&actor=${NEW_ID}`);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText(), { timeout: 30_000 }).toBe(NEW_NAME);
    expect(await panel.innerText()).toContain('Saint-Affrique');
    await screenshot(tab, 'moderation-preview-new-fiche');
    await tab.goto(`${APP_URL}index.html?apercu=1&actor=${CORRECTED_ID}`);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText(), { timeout: 30_000 }).toBe(CORRECTED);
    await tab.getByTestId('preview-banner').waitFor();
    await panel.getByTestId('detail-updated').waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('detail-updated').innerText()).toMatch(/^Mise à jour le \d{1,2}(er)? \S+ \d{4}$/);
    expect(await panel.locator(`a[href^="${WEBSITE}"]`).count()).toBeGreaterThan(0);
    await screenshot(tab, 'moderation-preview-fiche');

    // Nothing of the proposer in the files the atlas reads.
    const cached = await tab.evaluate(async (cacheName) => {
      const cache = await caches.open(cacheName);
      const texts: string[] = [];
      for (const request of await cache.keys()) texts.push(await (await cache.match(request))!.text());
      return texts;
    }, PREVIEW_CACHE);
    expect(cached.length).toBeGreaterThan(3);
    for (const text of cached) {
      expect(text.includes(PROPOSER.email)).toBe(false);
      expect(text.includes(PROPOSER.name)).toBe(false);
    }
    await tab.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
