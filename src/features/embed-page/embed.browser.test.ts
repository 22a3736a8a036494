/**
 * The map embedded in a partner's page on another origin: a host page served by a second small
 * server frames `embed.html` with presets (and, on a second page, through the loader script),
 * records the messages it receives, and drives the map with commands. Then the full app's
 * "Intégrer cette carte" dialog. Screenshots of the embed at phone and desktop widths.
 */
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchBrowser, screenshot } from '../../../tests/helpers/browser';
import { runAxe } from '../../../tests/helpers/axe';
import { readActors } from '../../../tests/helpers/data-files';

const APP_ORIGIN = new URL(APP_URL).origin;
const HOST_PORT = Number(new URL(APP_URL).port) + 1;
const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

interface Actor {
  id: string;
  name: string;
  practices: string[];
  region: string;
}
const actors = readActors(fileURLToPath(new URL('../../../dist/data', import.meta.url))).features.map((f): Actor => f.properties);
const countOf = (practice: string, region?: string) =>
  actors.filter((a) => a.practices.includes(practice) && (!region || a.region === region)).length;

const PRESETS = `practice=lieu&region=75&fit=r75&lang=fr&origins=${HOST_ORIGIN}`;
const LIEU_NA = countOf('lieu', '75');
const DIALOGUE_NA = countOf('dialogue', '75');

/** The host page: an iframe with presets, and a log of what the map tells it. */
const DIRECT_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Réseau partenaire</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:system-ui,sans-serif;background:#f4f1ea}header{padding:8px 12px}h1{margin:0;font-size:18px}
iframe{display:block;width:100%;height:600px;border:0}</style></head>
<body><header><h1>Site d’un réseau partenaire</h1></header>
<iframe id="carte" title="Carte des catalyseurs en Nouvelle-Aquitaine" src="${APP_URL}embed.html?${PRESETS.replace(/&/g, '&amp;')}"></iframe>
<script>
window.__messages = [];
window.addEventListener('message', function (e) {
  if (e.origin !== ${JSON.stringify(APP_ORIGIN)}) return;
  if (e.source !== document.getElementById('carte').contentWindow) return;
  window.__messages.push(e.data);
});
window.sendToMap = function (message) {
  document.getElementById('carte').contentWindow.postMessage(message, ${JSON.stringify(APP_ORIGIN)});
};
</script></body></html>`;

/** The host page with the loader script and a small element, listening to its DOM events. */
const LOADER_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Réseau partenaire – script</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:system-ui,sans-serif">
<h1 style="font-size:18px;margin:8px 12px">Nos lieux</h1>
<div id="atlas" data-atlas-catalyseurs="practice=lieu&amp;view=list&amp;controls=search,list" data-height="340" data-title="Les lieux du réseau">
  <a href="${APP_URL}">Voir la carte des catalyseurs</a>
</div>
<p>Texte après la carte.</p>
<script>
window.__events = [];
['ready', 'select', 'filters', 'resize'].forEach(function (type) {
  document.getElementById('atlas').addEventListener('atlas:' + type, function (e) { window.__events.push(e.detail); });
});
</script>
<script src="${APP_URL}embed-loader.js" async></script>
</body></html>`;

let browser: Browser;
let hostServer: Server;

beforeAll(async () => {
  hostServer = createServer((req, res) => {
    const body = req.url === '/loader' ? LOADER_PAGE : req.url === '/' ? DIRECT_PAGE : null;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    hostServer.once('error', reject);
    hostServer.listen(HOST_PORT, '127.0.0.1', resolve);
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function openHost(path: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall due to ReadPixels/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  await page.goto(HOST_ORIGIN + path);
  return { context, page, errors };
}

type Message = { source: string; version: number; type: string; [key: string]: unknown };

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);
const messagesOf = async (page: Page, type: string) => (await messages(page)).filter((m) => m.type === type);
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap(m), message);
const countIn = async (frame: FrameLocator) => Number(((await frame.getByTestId('result-count').textContent()) ?? '').replace(/\D/g, ''));
const frameUrl = (page: Page) =>
  new URL(
    page
      .frames()
      .find((f) => f.url().includes('/embed.html'))
      ?.url() ?? 'http://x/',
  );
const ignoredIn = (page: Page) =>
  page
    .frames()
    .find((f) => f.url().includes('/embed.html'))
    ?.evaluate(() => Number(document.documentElement.dataset['ignoredMessages'] ?? 0)) ?? Promise.resolve(-1);

/** Accessibility violations found by axe-core in a page or a frame, as "rule: elements". */
async function axeViolations(target: Page | Frame): Promise<string[]> {
  const { violations } = await runAxe(target);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the embed in a partner page on another origin', () => {
  let opened: Opened;
  let frame: FrameLocator;
  beforeAll(async () => {
    opened = await openHost('/');
    frame = opened.page.frameLocator('#carte');
    await opened.page.waitForFunction(
      () => (window as unknown as { __messages: Message[] }).__messages.some((m) => m.type === 'ready'),
      null,
      { timeout: 40_000 },
    );
  });
  afterAll(async () => {
    await opened?.context.close();
  });

  it('tells the host it is ready, with the presets in its state', async () => {
    const [ready] = await messagesOf(opened.page, 'ready');
    const state = ready?.['state'] as { filters: Record<string, unknown>; count: number; total: number; lang: string; view: string };
    expect(ready?.source).toBe('atlas-catalyseurs');
    expect(ready?.version).toBe(1);
    expect(state.filters['practice']).toEqual(['lieu']);
    expect(state.filters['region']).toEqual(['75']);
    expect(state.count).toBe(LIEU_NA);
    expect(state.total).toBe(actors.length);
    expect(state.lang).toBe('fr');
    expect(state.view).toBe('map');
  });

  it('shows the presets inside the frame: count, chips, and the map fitted to the région', async () => {
    expect(LIEU_NA).toBe(10);
    expect(await countIn(frame)).toBe(LIEU_NA);
    await expect.poll(() => frame.getByRole('button', { name: /Retirer le filtre Gestion d.un lieu/ }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: 'Retirer le filtre Nouvelle-Aquitaine' }).count()).toBe(1);
    // fit=r75 put a camera in the frame's URL: zoomed in from France (4.9) onto Nouvelle-Aquitaine.
    const [zoom = 0, lat = 0, lon = 0] = (frameUrl(opened.page).searchParams.get('map') ?? '').split('/').map(Number);
    expect(zoom).toBeGreaterThan(5.3);
    expect(lat).toBeGreaterThan(44);
    expect(lat).toBeLessThan(47.5);
    expect(lon).toBeGreaterThan(-1.5);
    expect(lon).toBeLessThan(1.5);
    // The embed parameters stay in the frame's URL; the link to the full map carries the view only.
    expect(frameUrl(opened.page).searchParams.get('origins')).toBe(HOST_ORIGIN);
    const full = new URL(
      (await frame.getByRole('link', { name: 'Ouvrir la carte complète dans un nouvel onglet' }).getAttribute('href')) ?? '',
    );
    expect(full.origin + full.pathname).toBe(APP_URL);
    expect(full.searchParams.get('practice')).toBe('lieu');
    expect(full.searchParams.get('region')).toBe('75');
    expect(full.searchParams.has('fit')).toBe(false);
    expect(full.searchParams.has('origins')).toBe(false);
  });

  it('asks for the height it needs', async () => {
    const [resize] = await messagesOf(opened.page, 'resize');
    expect(resize?.['height']).toBeGreaterThanOrEqual(320);
    expect(resize?.['height']).toBeLessThan(500);
  });

  it('tells the host which actor was clicked on the map', async () => {
    const point = frame.locator('.atlas-point').first();
    await point.waitFor({ timeout: 15_000 });
    const name = await point.getAttribute('title');
    await point.click();
    await expect.poll(async () => (await messagesOf(opened.page, 'select')).length).toBe(1);
    const [select] = await messagesOf(opened.page, 'select');
    const actor = actors.find((a) => a.name === name);
    expect(actor).toBeDefined();
    expect(select).toMatchObject({ type: 'select', id: actor?.id, name, kind: expect.any(String) });
    await expect.poll(() => frame.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(name);
    await screenshot(opened.page, 'embed-host-desktop-selected');
    await frame.getByRole('button', { name: 'Fermer', exact: true }).click();
    await expect.poll(async () => (await messagesOf(opened.page, 'select')).at(-1)?.['id']).toBeNull();
  });

  it('applies a setFilters command from the host, and reports the new filters', async () => {
    expect(DIALOGUE_NA).not.toBe(LIEU_NA);
    await send(opened.page, {
      source: 'atlas-catalyseurs',
      version: 1,
      type: 'setFilters',
      filters: { practice: ['dialogue'], region: ['75'] },
    });
    await expect.poll(() => countIn(frame)).toBe(DIALOGUE_NA);
    await expect.poll(() => frame.getByRole('button', { name: /Retirer le filtre Dialogue territorial/ }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: /Retirer le filtre Gestion d.un lieu/ }).count()).toBe(0);
    await expect.poll(async () => (await messagesOf(opened.page, 'filters')).length).toBe(1);
    const [filters] = await messagesOf(opened.page, 'filters');
    expect(filters).toMatchObject({ count: DIALOGUE_NA, total: actors.length, filters: { practice: ['dialogue'], region: ['75'], q: '' } });
    expect(frameUrl(opened.page).searchParams.get('practice')).toBe('dialogue');
  });

  it('ignores invalid and unknown commands, changing nothing', async () => {
    const before = await ignoredIn(opened.page);
    const filtersBefore = (await messagesOf(opened.page, 'filters')).length;
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'setFilters', filters: { practice: ['sorcellerie'] } });
    await send(opened.page, {
      source: 'atlas-catalyseurs',
      version: 1,
      type: 'setFilters',
      filters: { region: ['75'], __proto__: { polluted: 1 }, q: '<img src=x onerror=alert(1)>'.repeat(40) },
    });
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'formatDisk' });
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'select', id: 'nobody-has-this-id' });
    await send(opened.page, 'practice=experimentation');
    // Well-formed codes that name no région, département or territory: the whole command is ignored.
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'setFilters', filters: { region: ['99'] } });
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'setFilters', filters: { practice: ['lieu'], dep: ['977'] } });
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'setView', fit: 'r99' });
    await expect.poll(() => ignoredIn(opened.page)).toBe(before + 8);
    expect(await countIn(frame)).toBe(DIALOGUE_NA);
    expect(await frame.getByTestId('detail-panel').count()).toBe(0);
    expect((await messagesOf(opened.page, 'filters')).length).toBe(filtersBefore);
  });

  it('opens an actor and moves the map on the host’s request', async () => {
    const target = actors.find((a) => a.practices.includes('dialogue') && a.region === '75');
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'select', id: target?.id });
    await expect.poll(() => frame.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(target?.name);
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'setView', view: 'list' });
    await expect.poll(() => frame.getByRole('heading', { name: 'Liste des catalyseurs' }).count()).toBe(1);
    await send(opened.page, { source: 'atlas-catalyseurs', version: 1, type: 'getState' });
    await expect.poll(async () => (await messagesOf(opened.page, 'state')).length).toBe(1);
    const [state] = await messagesOf(opened.page, 'state');
    expect(state?.['state']).toMatchObject({ selected: target?.id, view: 'list', count: DIALOGUE_NA });
  });

  it('keeps the embed to itself: no console errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('the loader script', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openHost('/loader');
    await opened.page.waitForSelector('#atlas iframe');
  });
  afterAll(async () => {
    await opened?.context.close();
  });

  const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Message[] }).__events);

  it('replaces the element’s content by a titled frame that talks to this page only', async () => {
    const iframe = opened.page.locator('#atlas iframe');
    expect(await iframe.getAttribute('title')).toBe('Les lieux du réseau');
    expect(await opened.page.locator('#atlas a').count()).toBe(0);
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.origin + src.pathname).toBe(`${APP_URL}embed.html`);
    expect(src.searchParams.get('practice')).toBe('lieu');
    expect(src.searchParams.get('origins')).toBe(HOST_ORIGIN);
  });

  it('dispatches the map’s events on the element and sizes the frame to what the map needs', async () => {
    await expect.poll(async () => (await events(opened.page)).filter((e) => e.type === 'ready').length, { timeout: 40_000 }).toBe(1);
    const resize = (await events(opened.page)).filter((e) => e.type === 'resize').at(-1);
    const needed = Number(resize?.['height']);
    // data-height is 340: the bar, the count line and 320 px of map need more, and get it.
    expect(needed).toBeGreaterThan(340);
    const box = await opened.page.locator('#atlas iframe').boundingBox();
    expect(Math.round(box?.height ?? 0)).toBe(needed);
    expect(Math.round(box?.width ?? 0)).toBe(1280);
  });

  it('shows the list preset, and a click on a row reaches the host as atlas:select', async () => {
    const frame = opened.page.frameLocator('#atlas iframe');
    const row = frame.getByTestId('list-view').locator('[data-actor-row]').first();
    await row.waitFor();
    const id = await row.getAttribute('data-actor-row');
    await row.click();
    await expect.poll(async () => (await events(opened.page)).filter((e) => e.type === 'select').at(-1)?.['id']).toBe(id);
  });

  it('sends commands with AtlasCatalyseurs.send', async () => {
    const frame = opened.page.frameLocator('#atlas iframe');
    const sent = await opened.page.evaluate(() =>
      (window as unknown as { AtlasCatalyseurs: { send: (el: Element | null, c: object) => boolean } }).AtlasCatalyseurs.send(
        document.getElementById('atlas'),
        {
          type: 'setFilters',
          filters: { practice: ['accompagnement'] },
        },
      ),
    );
    expect(sent).toBe(true);
    await expect.poll(() => countIn(frame)).toBe(countOf('accompagnement'));
    await expect
      .poll(async () => (await events(opened.page)).filter((e) => e.type === 'filters').at(-1)?.['count'])
      .toBe(countOf('accompagnement'));
    expect(opened.errors).toEqual([]);
  });
});

describe('the embed at phone and desktop widths', () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 375, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    it(`fits ${viewport.width} px: bar, count and map, nothing wider than the screen`, async () => {
      const { context, page, errors } = await openHost('/', viewport);
      await expect.poll(async () => (await messagesOf(page, 'ready')).length, { timeout: 40_000 }).toBe(1);
      const frame = page.frames().find((f) => f.url().includes('/embed.html'));
      const layout = await frame?.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          width: window.innerWidth,
          bar: box('.embed-bar')?.height ?? 0,
          map: box('.map-area')?.height ?? 0,
          link: box('.embed-full-link')?.right ?? 0,
        };
      });
      expect(layout?.scrollWidth).toBe(layout?.width);
      expect(layout?.link).toBeLessThanOrEqual(viewport.width);
      expect(layout?.map).toBeGreaterThan(300);
      await screenshot(page, `embed-host-${viewport.width}`);
      if (viewport.width < 400) {
        await page
          .frameLocator('#carte')
          .getByRole('button', { name: /^Filtres/ })
          .click();
        await expect.poll(() => page.frameLocator('#carte').getByRole('heading', { name: 'Filtres', level: 2 }).count()).toBe(1);
        await screenshot(page, `embed-host-${viewport.width}-filters`);
        expect(await frame?.evaluate(() => document.activeElement?.textContent)).toBe('Filtres');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.frameLocator('#carte').getByRole('heading', { name: 'Filtres', level: 2 }).count()).toBe(0);
        // The focus goes back to the button that opened the filters.
        expect(await frame?.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      } else if (frame) {
        await page
          .frameLocator('#carte')
          .getByRole('button', { name: /^Filtres/ })
          .click();
        expect(await axeViolations(frame)).toEqual([]);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the “Intégrer cette carte” dialog of the full app', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', deviceScaleFactor: 1 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    page = await context.newPage();
    await page.goto(`${APP_URL}?practice=lieu&region=75`);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('builds the snippet of the current view, with the size and controls chosen', async () => {
    await page.getByRole('button', { name: 'Intégrer cette carte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette carte sur un autre site' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const snippet = dialog.getByTestId('embed-snippet');
    const code = await snippet.inputValue();
    // The région of the filter frames the embed (`fit`).
    expect(code).toContain(`src="${APP_URL}embed.html?practice=lieu&amp;region=75&amp;fit=r75"`);
    expect(code).toContain('width="100%" height="600"');
    expect(code).toContain('title="Carte des catalyseurs territoriaux"');

    await dialog.getByRole('radio', { name: /Étroite/ }).check();
    await dialog.getByRole('checkbox', { name: 'Légende' }).uncheck();
    await dialog.getByRole('textbox', { name: /Adresse du site/ }).fill('https://www.reseau-partenaire.fr');
    const changed = await snippet.inputValue();
    expect(changed).toContain('width="360" height="560"');
    expect(changed).toContain('&amp;controls=filters,search,list,territories&amp;fit=r75&amp;origins=https://www.reseau-partenaire.fr');
    const loader = await dialog.getByTestId('embed-loader-snippet').inputValue();
    expect(loader).toContain(
      'data-atlas-catalyseurs="practice=lieu&amp;region=75&amp;controls=filters,search,list,territories&amp;fit=r75&amp;origins=https://www.reseau-partenaire.fr"',
    );
    expect(loader).toContain(`<script src="${APP_URL}embed-loader.js" async></script>`);

    // The preview shows the chosen size and controls, without the host's origin.
    const preview = dialog.getByTestId('embed-preview');
    expect(await preview.getAttribute('src')).toBe(
      `${APP_URL}embed.html?practice=lieu&region=75&controls=filters,search,list,territories&fit=r75`,
    );
    const box = await preview.boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(360);
    expect(Math.round(box?.height ?? 0)).toBe(560);
    await expect
      .poll(() => page.frameLocator('[data-testid="embed-preview"]').getByTestId('result-count').textContent(), { timeout: 30_000 })
      .toMatch(/^10 fiches/);
  });

  it('copies the snippet to the clipboard and says so', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Copier le code', exact: true }).click();
    await expect.poll(() => dialog.getByText('Code copié dans le presse-papiers.').count()).toBe(1);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await dialog.getByTestId('embed-snippet').inputValue());
    await screenshot(page, 'embed-dialog');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('closes with Escape and gives the focus back to its button', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Intégrer cette carte');
  });
});

describe('the dialog on a phone', () => {
  it('stacks its settings, code and preview in one scrolling column', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.getByRole('button', { name: 'Intégrer cette carte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette carte sur un autre site' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const width = await dialog.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(width.scroll).toBe(width.client);
    await screenshot(page, 'embed-dialog-375');
    await context.close();
  });
});
