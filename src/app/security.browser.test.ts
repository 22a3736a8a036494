/**
 * Web security in a real browser: the app runs under its Content-Security-Policy without a single
 * violation, and the policy does block an inline script; the headers `vite preview` sends are
 * those of `public/_headers`; another site cannot frame the app (the embed page it can); and
 * hostile text in the data (markup, scripts, `javascript:` and `data:` addresses, formulas) is
 * shown as text, never run, never a link unless http(s), and exported as text.
 */
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, readPlaces } from '../../scripts/build-data';
import { contentSecurityPolicy, headersFor, parseHeadersFile } from '../../build/security-headers';
import type { DetailsShard } from '../core/model';
import { PREVIEW_PORT } from '../../tests/setup/server';
import { APP_URL, launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';
import { ACTORS_FILE, actorsFileText, LINKS_FILE, readActors } from '../../tests/helpers/data-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RULES = parseHeadersFile(readFileSync(resolve(root, 'public/_headers'), 'utf8'));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Records, from before the first script, every CSP violation and every dialog the page opens. */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { dialogs };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('the Content-Security-Policy', () => {
  it('is sent with the page, as public/_headers states it', async () => {
    for (const path of ['/', '/index.html', '/data/meta.json']) {
      const response = await fetch(new URL(path.slice(1), APP_URL));
      const expected = headersFor(RULES, path);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const csp = contentSecurityPolicy(headersFor(RULES, '/')) ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // The built page carries it too, as a <meta>, for hosts that ignore _headers.
    const html = readFileSync(resolve(root, 'dist/index.html'), 'utf8');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';[^"]*form-action 'none'" \/>/,
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('is never violated while the app is used: map, clusters, filters, search, list, panel', async () => {
    const { page, errors } = await openApp(browser, { prepare: watch });
    await waitForMapReady(page);
    await page.getByRole('checkbox', { name: /Dialogue territorial/ }).check();
    await page.getByRole('search').getByRole('searchbox').fill('rameau');
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.getByTestId('list-view').getByRole('button', { name: 'Le RAMEAU', exact: true }).click();
    await page.getByTestId('detail-panel').waitFor();
    await page.getByTestId('detail-panel').getByRole('button', { name: 'Fermer' }).click();
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await page.getByRole('search').getByRole('searchbox').fill('');
    await page.locator('.atlas-cluster').first().click();
    await page.waitForTimeout(1500);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('blocks an inline script, were one ever to reach the page', async () => {
    const { page } = await openApp(browser, { prepare: watch });
    await waitForMapReady(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:,x');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      document.body.append(img);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __handlerRan?: boolean }).__handlerRan)).toBeUndefined();
    const seen = await violations(page);
    // Reported once per policy that forbids it (the header's and the page's <meta>).
    expect(seen.filter((v) => v.startsWith('script-src-elem inline')).length).toBeGreaterThan(0);
    expect(seen.filter((v) => v.startsWith('script-src-attr inline')).length).toBeGreaterThan(0);
    expect(seen.every((v) => v.includes(' inline '))).toBe(true);
    await page.context().close();
  });
});

describe('framing', () => {
  // Another origin, served for real on this machine: Chromium's local network access checks
  // refuse a frame of a loopback app in a page that has no address of its own (a routed page).
  const OTHER_PORT = PREVIEW_PORT + 826;
  const OTHER_ORIGIN = `http://localhost:${OTHER_PORT}`;
  let hostServer: Server;
  let frameSrc = '';

  beforeAll(async () => {
    hostServer = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><title>Hôte</title><iframe src="${frameSrc}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((done) => hostServer.listen(OTHER_PORT, '127.0.0.1', done));
  });

  afterAll(async () => {
    await new Promise((done) => hostServer.close(done));
  });

  /** Opens a page of `origin` that frames `src`; says what the frame holds. */
  async function frameFrom(origin: string, src: string) {
    frameSrc = src;
    const context = await browser.newContext();
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    const host = `${origin}/hote.html`;
    if (origin !== OTHER_ORIGIN) {
      // The app's own origin: the host page is made up here rather than added to the build.
      await page.route(host, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>Hôte</title><iframe src="${src}" width="800" height="600"></iframe>`,
        }),
      );
    }
    await page.goto(host);
    const frame = page.frames()[1];
    if (!frame) throw new Error('no frame');
    await page.waitForTimeout(3000);
    const loaded = await frame.evaluate(() => document.getElementById('root')?.childElementCount ?? 0).catch(() => 0);
    const url = frame.url();
    await context.close();
    return { loaded, console, url };
  }

  it('refuses to let another site frame the app', async () => {
    const { loaded, console, url } = await frameFrom(OTHER_ORIGIN, APP_URL);
    // Chromium shows its error page in place of the refused document.
    expect(url).toBe('chrome-error://chromewebdata/');
    expect(loaded).toBe(0);
    expect(console.filter((m) => m.includes('Atlas'))).toEqual([]);
  });

  it('lets the app frame itself (the refusal above is the policy, not a broken test)', async () => {
    const { loaded, url } = await frameFrom(APP_URL.replace(/\/$/, ''), APP_URL);
    expect(url).toBe(APP_URL);
    expect(loaded).toBeGreaterThan(0);
  });

  const hasEmbed = existsSync(resolve(root, 'dist/embed.html'));
  it.skipIf(!hasEmbed)('lets any site frame the embed page (skipped while dist/embed.html is not built)', async () => {
    const { loaded, url } = await frameFrom(OTHER_ORIGIN, `${APP_URL}embed.html`);
    expect(url).toBe(`${APP_URL}embed.html`);
    expect(loaded).toBeGreaterThan(0);
  });
});

describe('hostile text in the data', () => {
  let dir: string;
  let files: Record<'actors' | 'details' | 'links' | 'meta', string>;
  const HOSTILE_ID = 'script-alert-1-script';
  const HOSTILE_NAME = '<script>window.__pwned=1</script>Nom piégé';

  beforeAll(async () => {
    // The hostile sheets through the real pipeline, as a partner's data would go.
    dir = await mkdtemp(join(tmpdir(), 'atlas-hostile-app-'));
    const sheets = ['good-actors.csv', 'html-script.csv', 'formula-injection.csv', 'control-characters.csv'];
    for (const f of [...sheets, 'links-hostile.csv']) await copyFile(resolve(root, 'tests/fixtures/hostile', f), join(dir, f));
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({ actors: sheets.map((file) => ({ file, sample: false })), links: [{ file: 'links-hostile.csv', sample: false }] }),
    );
    const out = join(dir, 'out');
    await buildData({
      dataDir: dir,
      outDir: out,
      builtAt: '2026-01-01T00:00:00.000Z',
      places: await readPlaces(resolve(root, 'public/data')),
    });
    const actors = readActors(out);
    for (const f of actors.features) {
      // Everyone at one place in Paris: a stack of hostile names on the map.
      if (!f.geometry) f.geometry = { type: 'Point', coordinates: [2.3428, 48.85661] };
    }
    // The fiche's details (one shard: fewer than 1000 rows).
    const details = JSON.parse(await readFile(join(out, 'details/0.json'), 'utf8')) as DetailsShard;
    for (const d of details.details) {
      // A source address the pipeline keeps as text; the app must not link it.
      if (d.id === HOSTILE_ID) d.sources.push('data:text/html,<script>alert(6)</script>', 'JaVaScRiPt:alert(7)');
    }
    files = {
      details: JSON.stringify(details),
      actors: actorsFileText(actors.features),
      links: await readFile(join(out, LINKS_FILE), 'utf8'),
      meta: await readFile(join(out, 'meta.json'), 'utf8'),
    };
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function openHostile(path: string) {
    let dialogs: string[] = [];
    const opened = await openApp(browser, {
      path,
      prepare: async (page) => {
        ({ dialogs } = await watch(page));
        await page.route(`**/data/${ACTORS_FILE}`, (r) => r.fulfill({ contentType: 'application/json', body: files.actors }));
        await page.route(`**/data/${LINKS_FILE}`, (r) => r.fulfill({ contentType: 'application/json', body: files.links }));
        await page.route('**/data/meta.json', (r) => r.fulfill({ contentType: 'application/json', body: files.meta }));
        await page.route('**/data/details/0.json', (r) => r.fulfill({ contentType: 'application/json', body: files.details }));
      },
    });
    return { ...opened, dialogs: () => dialogs };
  }

  /** Nothing ran and nothing became markup: no flag, no dialog, no violation, no injected element. */
  async function expectNothingRan(page: Page, dialogs: string[]) {
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      scripts: [...document.scripts].filter((s) => !s.src).length,
      injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], b, i, u').length,
    }));
    expect(state).toEqual({ pwned: null, scripts: 0, injected: 0 });
    expect(dialogs).toEqual([]);
    expect(await violations(page)).toEqual([]);
  }

  it('lists hostile names as plain text', async () => {
    const { page, dialogs } = await openHostile('?view=list');
    const list = page.getByTestId('list-view');
    await list.locator('tbody tr').first().waitFor();
    const names = await list.locator('tbody button').allTextContents();
    expect(names).toContain(HOSTILE_NAME);
    expect(names).toContain('=HYPERLINK("http://evil.example","Cliquez")');
    expect(names).toContain('Nom inversé');
    await screenshot(page, 'security-hostile-list');
    await expectNothingRan(page, dialogs());
    await page.context().close();
  });

  it('shows a hostile sheet as text, and makes no link of javascript: or data: addresses', async () => {
    const { page, dialogs } = await openHostile(`?actor=${HOSTILE_ID}`);
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { level: 2 }).filter({ hasText: 'Nom piégé' }).waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).first().textContent()).toBe(HOSTILE_NAME);
    // The description and sources come with their shard.
    await panel.locator('.detail-pending').first().waitFor({ state: 'detached' });
    const text = await panel.innerText();
    expect(text).toContain('<img src=x onerror="window.__pwned=2">');
    expect(text).toContain('<b>gras</b>, <i>italique</i>');
    expect(text).toContain('javascript:alert(3)');
    expect(text).toContain('data:text/html,<script>alert(6)</script>');
    // None of the sources is a web address: no link at all in the sheet.
    const hrefs = await panel.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([]);
    // The link note of a relation is text too.
    await screenshot(page, 'security-hostile-detail');
    await expectNothingRan(page, dialogs());
    await page.context().close();
  });

  it('shows markup from every column of a row as text, a javascript: link in it included', async () => {
    const { page, dialogs } = await openHostile('?actor=toutes-colonnes');
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Toutes les colonnes' }).waitFor();
    // The description, website and sources come with their shard.
    await panel.locator('.detail-pending').first().waitFor({ state: 'detached' });
    expect(await panel.innerText()).toContain('<a href="javascript:alert(11)">rôle</a>');
    expect(await panel.locator('a, iframe, img, svg:not([aria-hidden])').count()).toBe(0);
    await expectNothingRan(page, dialogs());
    await page.context().close();
  });

  it('makes a real link of an http(s) source, encoded, opening in a new tab without referrer or opener', async () => {
    const { page, dialogs } = await openHostile('?actor=lien-data');
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Lien data' }).waitFor();
    // The description, website and sources come with their shard.
    await panel.locator('.detail-pending').first().waitFor({ state: 'detached' });
    const links = await panel.locator('a').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
        text: a.firstChild?.textContent,
      })),
    );
    expect(links).toEqual([
      {
        href: 'https://exemple.fr/%22%3E%3Cscript%3Ealert(5)%3C/script%3E',
        rel: 'noopener noreferrer',
        target: '_blank',
        text: 'https://exemple.fr/"><script>alert(5)</script>',
      },
    ]);
    await expectNothingRan(page, dialogs());
    await page.context().close();
  });

  it('keeps a link’s note as text in the related actor’s sheet', async () => {
    const { page, dialogs } = await openHostile('?actor=rameau');
    const panel = page.getByTestId('detail-panel');
    // The network's hints are notes too and come first: wait for the link's own note.
    const note = panel.locator('.detail-note', { hasText: 'onerror' });
    await note.waitFor();
    expect(await note.textContent()).toBe('<img src=x onerror=alert(1)>');
    await expectNothingRan(page, dialogs());
    await page.context().close();
  });

  it('lists hostile names in a stack on the map as text', async () => {
    const { page, dialogs } = await openHostile('?map=13/48.8566/2.3428');
    await waitForMapReady(page);
    await page.locator('.atlas-stack').first().click();
    const popup = page.locator('.atlas-stack-popup');
    await popup.waitFor();
    const names = await popup.locator('li button').evaluateAll((bs) => bs.map((b) => b.firstChild?.textContent));
    expect(names).toContain(HOSTILE_NAME);
    await screenshot(page, 'security-hostile-stack');
    await expectNothingRan(page, dialogs());
    await page.context().close();
  });

  it('exports formulas as text', async () => {
    const { page } = await openHostile('?view=list');
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter CSV' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Cliquez"")"`);
    expect(csv).toContain(`Voir ;'=HYPERLINK(`);
    expect(csv.split(/\r\n/).some((line) => /^[=+@]/.test(line) || /,[=+@]/.test(line))).toBe(false);
    await page.context().close();
  });
});
