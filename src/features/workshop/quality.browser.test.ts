/**
 * Steps « 4. Qualité » and « 5. Doublons » of the built workshop, on a small sheet of sample
 * fiches written here (names « Exemple – … », `sample=oui`): how complete the fiches are (share,
 * fields, what to fill next, by département, the map), which are due for a check (with the
 * period changed), then the two possible duplicates, decided one « même fiche » and the other
 * « fiches différentes », checked again (the row left out has its report line, no pair is left),
 * and the corrected sheet downloaded with its `doublon` cells. Desktop and phone, with screenshots.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../../../tests/helpers/axe';
import { APP_URL, launchBrowser, screenshot } from '../../../tests/helpers/browser';

/** jj/mm/aaaa, `months` months before today (a day no month is short of). */
function monthsAgo(months: number): string {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth() - months, Math.min(now.getDate(), 28));
  return `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
}

const HEADER = 'nom,nature,pratiques,profil,echelle,themes,description,site web,commune,departement,verifie_le,sources,sample';
const ROWS = [
  // Complete; its near twin below is the same organisation typed twice.
  `Exemple – Maison des alliances de Poitiers,acteur,dialogue;accompagnement,association,local,coopération;emploi,Lieu d’échange entre associations et collectivités (exemple).,https://maison-alliances.exemple.org,86194,,${monthsAgo(1)},https://maison-alliances.exemple.org/qui-sommes-nous,oui`,
  `Exemple – Maison des alliance de Poitiers,acteur,dialogue,association,local,coopération,La même maison saisie une seconde fois (exemple).,https://alliances-poitiers.exemple.org,86194,,${monthsAgo(1)},https://alliances-poitiers.exemple.org,oui`,
  // Complete, and the same website: two organisations sharing a network's site.
  `Exemple – Réseau d’entraide de Niort,acteur,accompagnement,association,departemental,solidarité,Réseau d’entraide entre habitants (exemple).,https://reseau-entraide.exemple.org,79191,,${monthsAgo(2)},https://reseau-entraide.exemple.org,oui`,
  `Exemple – Collectif des Quartiers Nord,acteur,experimentation,association,local,habitat;solidarité,Collectif d’habitants de Bordeaux (exemple).,https://reseau-entraide.exemple.org,33063,,${monthsAgo(3)},https://reseau-entraide.exemple.org/bordeaux,oui`,
  // Never verified, no description.
  `Exemple – Atelier Vélo Solidaire,acteur,lieu,association,local,mobilité,,https://atelier-velo.exemple.org,69123,,,https://atelier-velo.exemple.org,oui`,
  // Verified two years ago, no themes.
  `Exemple – Ressourcerie du Littoral,acteur,lieu,entreprise,local,,Réemploi et réparation (exemple).,https://ressourcerie.exemple.org,44109,,${monthsAgo(24)},https://ressourcerie.exemple.org,oui`,
  // Verified eight months ago; no practice, no profile, no source.
  `Exemple – Jardin Partagé des Bruyères,projet,,,local,alimentation,Un jardin partagé de quartier (exemple).,https://jardin-bruyeres.exemple.org,59350,,${monthsAgo(8)},,oui`,
  // Its département only: placed at the chef-lieu, so no commune of its own.
  `Exemple – Conseil de développement du pays,acteur,dialogue,institution,departemental,démocratie locale,Instance consultative (exemple).,https://conseil-pays.exemple.org,,35,${monthsAgo(1)},https://conseil-pays.exemple.org,oui`,
];
const SHEET = [HEADER, ...ROWS].join('\n');
const FILE = 'acteurs-exemple.csv';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

/** The workshop with the sheet opened, before any check; page errors collected. */
async function openWorkshop(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    // The software WebGL's own warning, as `openApp` ignores it.
    if (message.type() === 'error' && !/GPU stall due to ReadPixels/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${APP_URL}atelier.html`);
  await page.getByTestId('workshop-files').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
  await page.getByText('8 lignes').waitFor({ timeout: 30_000 });
  return { page, errors };
}

async function check(page: Page): Promise<void> {
  await page.getByRole('button', { name: '2. Colonnes', exact: true }).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click({ timeout: 30_000 });
  // The sheet is clean: the report may have no table, the counts are there.
  await page.getByTestId('workshop-counts').waitFor({ timeout: 30_000 });
}

const step = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Étapes de l’atelier' }).getByRole('button', { name, exact: true });

/** Cells of a table's body, row by row (the row's header first). */
function tableCells(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

describe('the workshop’s quality and duplicates steps, desktop', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openWorkshop({ width: 1440, height: 900 }));
  }, 60_000);

  it('asks for a check first', async () => {
    await step(page, '4. Qualité').click();
    await page.getByText('Vérifiez d’abord les feuilles').waitFor();
    expect(await page.getByTestId('completeness-panel').count()).toBe(0);
    await step(page, '5. Doublons').click();
    await page.getByText('Vérifiez d’abord les feuilles').waitFor();
  });

  it('shows how complete the fiches are: share, fields, what to fill next, by département, the map', async () => {
    await check(page);
    await step(page, '4. Qualité').click();
    const summary = page.getByTestId('completeness-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^4 fiches complètes sur 8 \(50\s?%\)\./);

    const fields = Object.fromEntries((await tableCells(page, 'completeness-fields')).map(([field, filled]) => [field, filled]));
    expect(fields).toMatchObject({
      nom: '8',
      pratiques: '7',
      profil: '7',
      'commune d’implantation': '7',
      description: '7',
      'site web': '8',
      thèmes: '7',
      sources: '7',
    });

    await page.getByRole('heading', { name: 'À compléter en priorité' }).waitFor();
    const next = await page.getByTestId('completeness-next').locator('li').allTextContents();
    expect(next.slice(0, 3).every((item) => item.includes('compléterait 1 fiche'))).toBe(true);
    expect(next).toContain('description\u00a0: compléterait 1 fiche, manque à 1 fiche');

    // Names from the atlas's basemap, not bare codes.
    const departements = await tableCells(page, 'completeness-departement');
    expect(departements).toHaveLength(7);
    const vienne = departements.find((cells) => cells[0] === '86 – Vienne');
    expect(vienne?.slice(1, 3)).toEqual(['2', '2']);
    expect(departements.some((cells) => cells[0] === '35 – Ille-et-Vilaine')).toBe(true);

    // The map draws (SwiftShader) or says why it cannot.
    await expect
      .poll(
        async () =>
          (await page
            .getByTestId('completeness-map')
            .getAttribute('data-ready')
            .catch(() => null)) === 'true' || (await page.getByTestId('completeness-map-missing').count()) === 1,
        { timeout: 30_000 },
      )
      .toBe(true);
    await expectNoSeriousViolations(page, 'workshop-quality');
    await screenshot(page, 'workshop-quality-desktop');
    await page.getByRole('heading', { name: 'Carte de la part de fiches complètes par département' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-quality-map-desktop');
  });

  it('lists the fiches due for a check by territory, and follows the period chosen', async () => {
    const freshness = page.getByTestId('freshness-summary');
    expect(await freshness.innerText()).toMatch(/Sur 8 fiches :\s+6 vérifiées depuis moins de 12 mois ;\s+1 à revérifier .*\s+1 sans date/);
    const loire = page.getByTestId('freshness-region-52');
    expect(await loire.locator('summary').textContent()).toBe('Pays de la Loire : 1 fiche à revoir');
    expect(await page.getByTestId('freshness-region-84').locator('summary').textContent()).toBe('Auvergne-Rhône-Alpes : 1 fiche à revoir');
    await loire.locator('summary').click();
    const table = loire.locator('table');
    expect(await table.locator('caption').textContent()).toBe('44 – Loire-Atlantique : 1 fiche');
    expect(await table.locator('tbody th').textContent()).toBe('Exemple – Ressourcerie du Littoral (exemple)');
    expect(await table.locator('tbody td').last().textContent()).toMatch(/^2[34] mois$/);
    await screenshot(page, 'workshop-freshness-desktop');

    const months = page.getByLabel('Fiches non vérifiées depuis (en mois)');
    await months.fill('6');
    await page.getByTestId('freshness-region-32').waitFor();
    expect(await page.getByTestId('freshness-region-32').locator('summary').textContent()).toBe('Hauts-de-France : 1 fiche à revoir');
    await months.fill('30');
    await expect.poll(() => page.getByTestId('freshness-region-52').count()).toBe(0);
    expect(await freshness.innerText()).toContain('1 sans date de vérification.');
    await expectNoSeriousViolations(page, 'workshop-freshness');
  });

  it('shows both possible duplicates with their reasons and writes each decision in the sheet', async () => {
    await step(page, '5. Doublons').click();
    await page.getByText('2 paires à examiner').waitFor({ timeout: 30_000 });
    const rows = page.locator('.duplicates-table tbody tr');
    const texts = await rows.allTextContents();
    const names = texts.find((text) => text.includes('Maison des alliances de Poitiers'));
    const website = texts.find((text) => text.includes('Réseau d’entraide de Niort'));
    expect(names).toMatch(/noms proches \(\d+\s?%\).*même commune/);
    expect(website).toContain('même site web');
    expect(website).toContain('Exemple – Collectif des Quartiers Nord');

    await page
      .getByRole('button', {
        name: 'Comparer « Exemple – Maison des alliances de Poitiers » et « Exemple – Maison des alliance de Poitiers »',
      })
      .click();
    const compare = page.locator('.duplicates-compare');
    await expect.poll(() => compare.locator('h3').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await compare.locator('tbody').innerText()).toContain('https://alliances-poitiers.exemple.org');
    await compare.getByRole('button', { name: 'Même fiche' }).click();
    await expect
      .poll(() => page.getByTestId('duplicates-notice').textContent())
      .toBe(
        'Colonnes « id » et « doublon » ajoutées à la feuille « acteurs-exemple.csv » pour y garder les décisions (les identifiants sont ceux donnés par la vérification).',
      );
    await expect.poll(() => compare.getByRole('button', { name: 'Même fiche' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'workshop-duplicates-desktop');
    await expectNoSeriousViolations(page, 'workshop-duplicates');

    await page
      .getByRole('button', { name: 'Comparer « Exemple – Réseau d’entraide de Niort » et « Exemple – Collectif des Quartiers Nord »' })
      .click();
    await compare.getByRole('button', { name: 'Fiches différentes' }).click();
    await expect.poll(() => compare.getByRole('button', { name: 'Fiches différentes' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rows.locator('.duplicates-decision').allTextContents()).toEqual(
      expect.arrayContaining(['Décidé : même fiche', 'Décidé : fiches différentes']),
    );
  });

  it('checks again: the row left out has its report line and no pair is left', async () => {
    await page.getByRole('button', { name: 'Vérifier à nouveau', exact: true }).click();
    const leftOut = page.getByTestId('duplicates-left-out');
    await leftOut.waitFor({ timeout: 30_000 });
    expect(await leftOut.locator('li').allTextContents()).toEqual([
      'acteurs-exemple.csv, ligne 3 : même organisation que « exemple-maison-des-alliances-de-poitiers » (ligne écartée des fichiers publiés)',
    ]);
    await page.getByText('Aucun doublon possible trouvé.').waitFor({ timeout: 30_000 });
    expect(await page.locator('.duplicates-table').count()).toBe(0);
    await screenshot(page, 'workshop-duplicates-decided-desktop');

    // The same line in the report, and one fiche fewer in « Qualité ».
    await step(page, '3. Rapport').click();
    const messages = await page.locator('.report-table tbody tr.report-row td:nth-child(6)').allTextContents();
    expect(messages).toContain('même organisation que « exemple-maison-des-alliances-de-poitiers »');
    await step(page, '4. Qualité').click();
    await expect.poll(() => page.getByTestId('completeness-summary').textContent()).toMatch(/^3 fiches complètes sur 7 /);
  });

  it('downloads the corrected sheet with its id and doublon cells', async () => {
    await step(page, '5. Doublons').click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `${FILE} en CSV pour Excel` }).click(),
    ]);
    const lines = (await readFile((await csv.path())!, 'utf8')).split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${HEADER.replaceAll(',', ';')};id;doublon`);
    const lineOf = (name: string) => lines.find((line) => line.startsWith(`Exemple – ${name};`)) ?? '';
    expect(lineOf('Maison des alliance de Poitiers')).toMatch(
      /;exemple-maison-des-alliance-de-poitiers;même que exemple-maison-des-alliances-de-poitiers$/,
    );
    expect(lineOf('Collectif des Quartiers Nord')).toMatch(
      /;exemple-collectif-des-quartiers-nord;différent de exemple-reseau-[a-z-]*niort$/,
    );
    expect(lineOf('Maison des alliances de Poitiers')).toMatch(/;exemple-maison-des-alliances-de-poitiers;$/);
    expect(lineOf('Atelier Vélo Solidaire')).toMatch(/;exemple-atelier-velo-solidaire;$/);
    expect(errors).toEqual([]);
  });
});

describe('the workshop’s quality and duplicates steps, phone', () => {
  it('fits a phone’s width', async () => {
    const { page, errors } = await openWorkshop({ width: 390, height: 844 });
    await check(page);
    await step(page, '4. Qualité').click();
    await expect.poll(() => page.getByTestId('completeness-summary').textContent()).toMatch(/^4 fiches complètes sur 8/);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await screenshot(page, 'workshop-quality-phone');
    await page.getByTestId('freshness-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-freshness-phone');
    await expectNoSeriousViolations(page, 'workshop-quality-phone');

    await step(page, '5. Doublons').click();
    await page.getByText('2 paires à examiner').waitFor({ timeout: 30_000 });
    expect(await overflow()).toBe(0);
    await page
      .getByRole('button', {
        name: 'Comparer « Exemple – Maison des alliances de Poitiers » et « Exemple – Maison des alliance de Poitiers »',
      })
      .click();
    await page.locator('.duplicates-compare').scrollIntoViewIfNeeded();
    expect(await overflow()).toBe(0);
    await screenshot(page, 'workshop-duplicates-phone');
    await expectNoSeriousViolations(page, 'workshop-duplicates-phone');
    expect(errors).toEqual([]);
  }, 90_000);
});
