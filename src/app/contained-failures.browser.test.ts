/**
 * Failures that stay where they happen. A data file of the right outline with a hole in it (the
 * hostile `meta-*.json` of tests/fixtures/hostile) is refused whole, with the message that names
 * the file, instead of breaking the view that reads it and blanking the page; and a view that
 * throws is replaced by a message and « Réessayer » while the rest of the page goes on working.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../core/model';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';
import { resultCount, servedUntilRepaired, textLines } from '../../tests/helpers/failure-alerts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const meta = JSON.parse(readFileSync(resolve(root, 'dist/data/meta.json'), 'utf8')) as DatasetMeta;
const TOTAL = meta.counts.actors + meta.counts.projects;
const hostile = (file: string) => readFileSync(resolve(root, 'tests/fixtures/hostile', file), 'utf8');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Page errors, and console errors other than the ones a test provokes on purpose. */
const unexpected = (errors: string[], expected: RegExp) => errors.filter((e) => !expected.test(e));

describe('a meta.json of the right outline with incomplete counts', () => {
  it.each(['meta-empty-counts.json', 'meta-null-practices.json'])(
    'with %s: the map and the filters work, the summary names the file, « Réessayer » brings the figures',
    async (fixture) => {
      const served = servedUntilRepaired(hostile(fixture));
      const { page, errors } = await openApp(browser, { prepare: (p) => p.route('**/data/meta.json', served.handler) });
      await waitForMapReady(page);
      expect(await resultCount(page)).toBe(TOTAL);
      expect(await page.locator('.atlas-marker').count()).toBeGreaterThan(3);
      // Sample data stay marked on screen, counted from the actors themselves.
      const notice = page.getByTestId('sample-notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain(`des ${TOTAL} fiches sont des données d’exemple`);

      await page.getByText('Le jeu de données en chiffres').click();
      const summary = page.locator('.dataset-summary');
      const alert = summary.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await textLines(alert)).toEqual([
        'Les données n’ont pas pu être chargées.',
        'Le fichier meta.json n’a pas la forme attendue.',
        'Réessayer',
      ]);
      // Refused before any view read it: no view failed.
      expect(await page.getByTestId('view-failure').count()).toBe(0);
      expect(errors).toEqual([]);
      if (fixture === 'meta-empty-counts.json') {
        await alert.scrollIntoViewIfNeeded();
        await screenshot(page, 'contained-meta-incomplete');
      }

      served.state.repaired = true;
      await alert.getByRole('button', { name: 'Réessayer' }).click();
      await summary.getByTestId('by-practice').waitFor();
      expect(await summary.getByRole('alert').count()).toBe(0);
      await page.context().close();
    },
  );

  it('keeps the embedded map working too', async () => {
    const { page, errors } = await openApp(browser, {
      path: 'embed.html',
      prepare: (p) =>
        p.route('**/data/meta.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body: hostile('meta-empty-counts.json') }),
        ),
    });
    await waitForMapReady(page);
    expect(await resultCount(page)).toBe(TOTAL);
    expect(await page.locator('.atlas-marker').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('view-failure').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * A view that throws while it renders. The data files cannot make one throw any more (each is
 * checked whole when it arrives), so the failure here is the other way a view breaks: its code,
 * loaded on demand, does not arrive (the ecosystem view's chunk answered with a 500).
 */
describe('a view that throws', () => {
  it('is replaced by a message and « Réessayer »; the header, the filters and the other views work', async () => {
    const { page, errors } = await openApp(browser, {
      path: '?view=graph',
      prepare: (p) => p.route(/\/assets\/ecosystem-view-[^/]*\.js$/, (r) => r.fulfill({ status: 500, body: 'Erreur' })),
    });
    const failure = page.getByTestId('view-failure');
    await failure.waitFor({ timeout: 20_000 });
    expect(await textLines(failure)).toEqual([
      'Cette partie de la page n’a pas pu être affichée.',
      'Une erreur inattendue l’a interrompue ; le reste de la page fonctionne.',
      'Réessayer',
    ]);
    // The rest of the page is there and works: the filters narrow the count. The ecosystem view
    // starts with them folded (it takes the full width); their button unfolds them beside it.
    await expect.poll(() => resultCount(page)).toBe(TOTAL);
    const toggle = page.getByRole('button', { name: 'Afficher les filtres' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Masquer les filtres' }).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('checkbox', { name: /Gestion d.un lieu/ }).check();
    await expect.poll(() => resultCount(page)).toBe(meta.counts.byPractice.lieu);
    await screenshot(page, 'contained-view-failure');
    // The reader's retry mounts the view again (its code still fails: the message comes back).
    await failure.getByRole('button', { name: 'Réessayer' }).click();
    await failure.waitFor();
    // Another view, chosen in the header, is drawn.
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await waitForMapReady(page);
    expect(await page.getByTestId('view-failure').count()).toBe(0);
    expect(unexpected(errors, /ecosystem-view|status of 500|Failed to fetch dynamically imported module|The above error occurred/)).toEqual(
      [],
    );
    await page.context().close();
  });
});
