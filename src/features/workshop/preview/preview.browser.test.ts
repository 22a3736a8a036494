/**
 * The workshop's preview in the built atlas: the files a check built, put in this browser's
 * preview cache from a page of the site (as « Ouvrir l’aperçu » does), shown by
 * `index.html?apercu=1` under its banner, with none of the published data; and a clear message,
 * never the published data, when this browser holds no preview.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../../../scripts/build-data';
import { runPipeline } from '../../../pipeline/run-pipeline';
import { PREVIEW_CACHE, previewKey } from '../../../state/preview-data';
import { APP_URL, launchBrowser, screenshot } from '../../../../tests/helpers/browser';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const PUBLISHED_NAME = 'Labo des partenariats d';

let browser: Browser;
let files: [string, string][];

beforeAll(async () => {
  browser = await launchBrowser();
  const sheets: Record<string, string> = {
    'atelier-acteurs.csv': [
      'id,nom,commune,pratiques,description',
      'fiche-d-apercu,Fiche d’aperçu,86194,dialogue,Une fiche préparée dans l’atelier des données.',
      'seconde-fiche,Seconde fiche d’aperçu,79191,lieu,Une autre fiche de l’atelier.',
    ].join('\n'),
    'atelier-liens.csv': 'source,target,type\nfiche-d-apercu,seconde-fiche,partenaire\n',
  };
  const result = await runPipeline({
    sources: { actors: [{ file: 'atelier-acteurs.csv', sample: false }], links: [{ file: 'atelier-liens.csv', sample: false }] },
    read: async (file) => new TextEncoder().encode(sheets[file] ?? ''),
    places: await readPlaces(resolve(root, 'dist/data')),
    builtAt: '2026-12-06T07:30:00.000Z',
  });
  files = [...result.files];
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * The published data files the app asked the server for: none in the preview. (`index.html`'s own
 * preloads of actors.columns.json and meta.json are fetched by the page before any script runs; the
 * app never reads them, as the absent published names show.)
 */
function publishedRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/data\/(links\.columns\.json|details\/|fragility\.json)/.test(path)) seen.push(path);
  });
  return seen;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', deviceScaleFactor: 1 });
  return context.newPage();
}

describe('the atlas opened on the workshop’s preview', () => {
  it('reads every data file from the preview cache, under a permanent banner, without the published data', async () => {
    const page = await newPage();
    await page.goto(`${APP_URL}index.html`);
    const keyed = files.map(([name, text]) => [previewKey(name, './data/', page.url()), text] as const);
    await page.evaluate(
      async ({ cacheName, entries }) => {
        await caches.delete(cacheName);
        const cache = await caches.open(cacheName);
        for (const [key, text] of entries) await cache.put(key, new Response(text, { headers: { 'Content-Type': 'application/json' } }));
      },
      { cacheName: PREVIEW_CACHE, entries: keyed },
    );

    const preview = await page.context().newPage();
    const requests = publishedRequests(preview);
    await preview.goto(`${APP_URL}index.html?apercu=1&view=list`);
    const banner = preview.locator('[data-testid=preview-banner]');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('status');
    expect(await preview.locator('.preview-banner-title').textContent()).toBe('Aperçu — non publié');

    const list = preview.locator('.list-view');
    await list.getByText('Fiche d’aperçu', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await list.getByText('Seconde fiche d’aperçu').count()).toBe(1);
    expect(await preview.getByText(PUBLISHED_NAME).count()).toBe(0);
    // The URL keeps the preview through the app's own changes.
    expect(new URL(preview.url()).searchParams.get('apercu')).toBe('1');

    // A fiche: its details shard and its links come from the preview too.
    await list.getByText('Fiche d’aperçu', { exact: true }).click();
    const panel = preview.locator('[data-testid=detail-panel]');
    await panel.getByText('Une fiche préparée dans l’atelier des données.').waitFor({ timeout: 30_000 });
    await panel.getByText('Seconde fiche d’aperçu').first().waitFor({ timeout: 30_000 });
    await screenshot(preview, 'workshop-preview');

    // The search worker reads the descriptions from the preview's shards too.
    await preview.getByPlaceholder('Rechercher (nom, commune, thème…)').fill('préparée');
    await list.getByText('Seconde fiche d’aperçu').waitFor({ state: 'detached', timeout: 30_000 });
    // Found by its description, once the shards are read (their readers pause while a person types).
    await list.getByText('Fiche d’aperçu', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await list.getByText('Fiche d’aperçu', { exact: true }).count()).toBe(1);
    expect(await banner.isVisible()).toBe(true);
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('says clearly that this browser holds no preview, and shows none of the published data', async () => {
    const page = await newPage();
    const requests = publishedRequests(page);
    await page.goto(`${APP_URL}index.html?apercu=1`);
    const banner = page.locator('[data-testid=preview-banner][data-preview-missing=true]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain('Aucun aperçu dans ce navigateur');
    await page.getByText('Le fichier actors.columns.json n’est pas dans l’aperçu de ce navigateur').first().waitFor({ timeout: 30_000 });
    expect(await page.getByText(PUBLISHED_NAME).count()).toBe(0);
    await screenshot(page, 'workshop-preview-missing');
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('tells an odd value of the parameter, and then shows the published atlas without a banner', async () => {
    const page = await newPage();
    await page.goto(`${APP_URL}index.html?apercu=oui`);
    await page.getByText('Paramètre « apercu » : valeur inconnue ignorée « oui ».').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=preview-banner]').count()).toBe(0);
    await page.context().close();
  });
});
