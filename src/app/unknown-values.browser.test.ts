/**
 * Values the app cannot show, in a real browser: a link naming régions, départements or territories
 * that do not exist, or repeating parameters, opens the page with a notice and a URL rewritten to
 * what was read; fiches without any practice (tests/fixtures/hostile/no-practice.csv, through the
 * real pipeline) make clusters and stacks whose names say so, without empty parentheses.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, readPlaces } from '../../scripts/build-data';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';
import { ACTORS_FILE, actorsFileText, LINKS_FILE, readActors } from '../../tests/helpers/data-files';

const root = fileURLToPath(new URL('../..', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const query = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('a link with codes that name nothing, and repeated parameters', () => {
  it('opens on what could be read, says what was ignored, and writes the URL back as read', async () => {
    const { page, errors } = await openApp(browser, {
      path: '?practice=lieu&region=99&dep=977,33&practice=dialogue&sort=place&sort=name',
    });
    await waitForMapReady(page);
    const notices = page.getByTestId('url-notices');
    await notices.waitFor();
    const text = (await notices.textContent()) ?? '';
    for (const notice of [
      'Région inconnue ignorée : « 99 ».',
      'Département inconnu ignoré : « 977 ».',
      'Paramètre « sort » répété : seule la première valeur est lue, « place ».',
    ]) {
      expect(text).toContain(notice);
    }
    expect(text).not.toContain('practice');
    await expect.poll(() => query(page, 'practice')).toBe('lieu,dialogue');
    expect([query(page, 'region'), query(page, 'dep'), query(page, 'sort')]).toEqual([null, '33', 'place']);
    await screenshot(page, 'unknown-values-notices');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('fiches without any practice', () => {
  let dir: string;
  let files: Record<'actors' | 'details' | 'links' | 'meta', string>;
  let poitiers: [number, number];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-no-practice-'));
    await copyFile(resolve(root, 'tests/fixtures/hostile/no-practice.csv'), join(dir, 'no-practice.csv'));
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ actors: [{ file: 'no-practice.csv', sample: false }], links: [] }));
    const out = join(dir, 'out');
    await buildData({
      dataDir: dir,
      outDir: out,
      builtAt: '2026-01-01T00:00:00.000Z',
      places: await readPlaces(resolve(root, 'public/data')),
    });
    const actors = readActors(out);
    const point = actors.features[0]?.geometry;
    poitiers = point?.type === 'Point' ? [point.coordinates[0] ?? 0, point.coordinates[1] ?? 0] : [0, 0];
    files = {
      actors: actorsFileText(actors.features),
      links: await readFile(join(out, LINKS_FILE), 'utf8'),
      meta: await readFile(join(out, 'meta.json'), 'utf8'),
      details: await readFile(join(out, 'details/0.json'), 'utf8'),
    };
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const openWith = (path: string) =>
    openApp(browser, {
      path,
      prepare: async (page) => {
        await page.route(`**/data/${ACTORS_FILE}`, (r) => r.fulfill({ contentType: 'application/json', body: files.actors }));
        await page.route(`**/data/${LINKS_FILE}`, (r) => r.fulfill({ contentType: 'application/json', body: files.links }));
        await page.route('**/data/meta.json', (r) => r.fulfill({ contentType: 'application/json', body: files.meta }));
        await page.route('**/data/details/0.json', (r) => r.fulfill({ contentType: 'application/json', body: files.details }));
      },
    });

  it('names a cluster of them without empty parentheses', async () => {
    const { page, errors } = await openWith(`?map=6/${poitiers[1].toFixed(2)}/${poitiers[0].toFixed(2)}`);
    await waitForMapReady(page);
    const cluster = page.getByRole('button', { name: 'Groupe de 5 fiches sans pratique renseignée : zoomer pour les séparer' });
    await cluster.waitFor({ timeout: 15_000 });
    expect(await cluster.getAttribute('title')).toBe('Groupe de 5 fiches sans pratique renseignée : zoomer pour les séparer');
    expect(await page.locator('.atlas-cluster[aria-label*="()"]').count()).toBe(0);
    await screenshot(page, 'unknown-values-no-practice-cluster');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names a stack of them at one place, in French and in English', async () => {
    const at = `map=15/${poitiers[1].toFixed(5)}/${poitiers[0].toFixed(5)}`;
    const fr = await openWith(`?${at}`);
    await waitForMapReady(fr.page);
    const stack = fr.page.getByRole('button', { name: '3 fiches au même endroit, sans pratique renseignée : afficher la liste' });
    await stack.waitFor({ timeout: 15_000 });
    await screenshot(fr.page, 'unknown-values-no-practice-stack');
    expect(fr.errors).toEqual([]);
    await fr.page.context().close();
    const en = await openWith(`?${at}&lang=en`);
    await waitForMapReady(en.page);
    await en.page
      .getByRole('button', { name: '3 records at the same place, with no practice given: show the list' })
      .waitFor({ timeout: 15_000 });
    expect(en.errors).toEqual([]);
    await en.page.context().close();
  });
});
