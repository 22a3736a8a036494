/**
 * A dataset of about 98,000 distinct themes (free text, each used once, and a few shared ones):
 * the theme facet shows the most used ones at once, a click on another facet does not freeze
 * the page, and a theme is found by the search within the facet, ticked, counted and put in the URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorCollection, ActorFeature } from '../../core/model';
import { launchBrowser, openApp, screenshot, type OpenedPage } from '../../../tests/helpers/browser';
import { ACTORS_FILE, actorsFileText } from '../../../tests/helpers/data-files';

const ACTORS = 14_000;
const UNIQUE_PER_ACTOR = 7;
/** Shared themes: every 4th actor, every 5th actor, and the second one (98,003 themes in all). */
const SHARED = { circular: 'Économie circulaire', ecology: 'transition écologique', proto: '__proto__' };
/** A generous bound: sorting every theme with `localeCompare` froze the page for about 18 s. */
const RENDER_BUDGET_MS = 2000;

function actor(k: number): ActorFeature {
  const themes = Array.from({ length: UNIQUE_PER_ACTOR }, (_, j) => `thème unique ${k * UNIQUE_PER_ACTOR + j + 1}`);
  if (k % 4 === 0) themes.push(SHARED.circular);
  if (k % 5 === 0) themes.push(SHARED.ecology);
  if (k === 1) themes.push(SHARED.proto);
  return {
    type: 'Feature',
    id: `acteur-${k}`,
    geometry: { type: 'Point', coordinates: [0.5 + (k % 100) * 0.05, 44 + Math.floor(k / 100) * 0.035] },
    properties: {
      id: `acteur-${k}`,
      name: `Acteur ${k}`,
      kind: 'actor',
      practices: [k % 2 === 0 ? 'lieu' : 'dialogue'],
      profile: 'association',
      scope: 'local',
      themes,
      region: '',
      departement: '',
      commune: '',
      communeName: '',
      precision: 'commune',
      sample: false,
      qualification: 1,
      missing: [],
    },
  };
}

let browser: Browser;
let dir: string;
let actorsFile: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'atlas-themes-'));
  actorsFile = join(dir, ACTORS_FILE);
  const collection: ActorCollection = { type: 'FeatureCollection', features: Array.from({ length: ACTORS }, (_, k) => actor(k)) };
  writeFileSync(actorsFile, actorsFileText(collection.features));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function resultCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('result-count').textContent()) ?? '').replace(/\D/g, ''));
}

/** Text with the narrow no-break spaces of French numbers as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

/** The facet's options as "label count" lines, in order. */
async function options(facet: Locator): Promise<string[]> {
  const lines = await facet
    .locator('li label')
    .evaluateAll((labels) =>
      labels.map((l) => `${l.querySelector('.facet-label')?.textContent} ${l.querySelector('.facet-count')?.textContent}`),
    );
  return lines.map(plain);
}

async function status(facet: Locator): Promise<string> {
  return plain(await facet.getByTestId('theme-status').textContent());
}

/** Leaves in `window.themeFacetShown` the moment the theme facet first lists options. */
function watchThemeFacet(): void {
  const observer = new MutationObserver(() => {
    const facet = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Thèmes');
    if (!facet?.querySelector('li')) return;
    (window as unknown as { themeFacetShown: number }).themeFacetShown = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Clicks, in the filter panel, the button that says `text` or else the checkbox whose label holds
 * it; returns how long the page was busy, up to the next frame.
 */
function busyAfterClick(page: Page, label: string): Promise<number> {
  return page.evaluate(async (text) => {
    const button = [...document.querySelectorAll<HTMLElement>('#filtres button')].find((b) => b.textContent === text);
    const target =
      button ?? [...document.querySelectorAll('#filtres label')].find((l) => l.textContent?.includes(text))?.querySelector('input');
    if (!target) throw new Error(`nothing to click for « ${text} »`);
    const started = performance.now();
    target.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now() - started;
  }, label);
}

describe('a theme facet of about 98,000 themes', () => {
  let opened: OpenedPage;
  let facet: Locator;

  beforeAll(async () => {
    opened = await openApp(browser, {
      prepare: (p) =>
        Promise.all([
          p.addInitScript(watchThemeFacet),
          p.route(`**/data/${ACTORS_FILE}`, (route) => route.fulfill({ path: actorsFile, contentType: 'application/json' })),
        ]),
    });
    facet = opened.page.getByRole('group', { name: 'Thèmes' });
    await opened.page.waitForFunction(
      (n) => document.querySelector('[data-testid="result-count"]')?.textContent?.replace(/\D/g, '') === String(n),
      ACTORS,
      { timeout: 45_000 },
    );
  });

  it('lists the themes within 2 s of the first filter pass', async () => {
    const elapsed = await opened.page.evaluate(
      () =>
        (window as unknown as { themeFacetShown: number }).themeFacetShown -
        (performance.getEntriesByName('atlas:derived:filter-pass')[0]?.startTime ?? Number.NaN),
    );
    expect(elapsed).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(RENDER_BUDGET_MS);
  });

  it('shows the most used themes first, a dozen of them, with their counts', async () => {
    const { page } = opened;
    const shown = await options(facet);
    expect(shown).toHaveLength(12);
    // Among equally used themes, French order: punctuation before letters.
    expect(shown.slice(0, 4)).toEqual(['Économie circulaire 3 500', 'transition écologique 2 800', '__proto__ 1', 'thème unique 1 1']);
    expect(await status(facet)).toBe('12 thèmes affichés sur 98 003');
    await facet.scrollIntoViewIfNeeded();
    await screenshot(page, 'theme-facet-98000');
  });

  it('renders again within 2 s when another facet changes its counts', async () => {
    const { page } = opened;
    // The search index is built once the page is idle: let it be, so that only the click is measured.
    await page.waitForFunction(() => performance.getEntriesByName('atlas:derived:search-index').length > 0, null, { timeout: 45_000 });
    expect(await busyAfterClick(page, "Gestion d'un lieu")).toBeLessThan(RENDER_BUDGET_MS);
    expect((await options(facet)).slice(0, 2)).toEqual(['Économie circulaire 3 500', 'transition écologique 1 400']);
    expect(await resultCount(page)).toBe(ACTORS / 2);
    expect(await busyAfterClick(page, "Gestion d'un lieu")).toBeLessThan(RENDER_BUDGET_MS);
    expect(await resultCount(page)).toBe(ACTORS);
  });

  it('finds a theme by the search within the facet, ticks it, counts it and writes it in the URL', async () => {
    const { page } = opened;
    const search = facet.getByRole('searchbox', { name: 'Chercher un thème' });
    await search.fill('THEME UNIQUE 70000');
    await expect.poll(() => options(facet)).toEqual(['thème unique 70000 1']);
    expect(await status(facet)).toBe('1 thème trouvé');
    await facet.getByRole('checkbox', { name: /thème unique 70000/ }).check();
    await expect.poll(() => resultCount(page)).toBe(1);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('thème unique 70000');
    await screenshot(page, 'theme-facet-search');

    // Escape empties the search; the ticked theme stays shown after the most used ones.
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    const shown = await options(facet);
    expect(shown).toHaveLength(13);
    expect(shown[12]).toBe('thème unique 70000 1');
    expect(await facet.getByRole('checkbox', { name: /thème unique 70000/ }).isChecked()).toBe(true);
  });

  it('finds and filters on a theme named __proto__', async () => {
    const { page } = opened;
    await facet.getByRole('searchbox', { name: 'Chercher un thème' }).fill('proto');
    await expect.poll(() => options(facet)).toEqual(['__proto__ 1', 'thème unique 70000 1']);
    await facet.getByRole('checkbox', { name: '__proto__' }).check();
    await expect.poll(() => resultCount(page)).toBe(2);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('thème unique 70000,__proto__');
  });

  it('shows more themes a dozen at a time, from the mouse or the keyboard, the focus on the first new one', async () => {
    const { page } = opened;
    await facet.getByRole('searchbox', { name: 'Chercher un thème' }).fill('');
    // Showing all the themes at once kept the page busy for 18 to 36 s.
    expect(await busyAfterClick(page, 'Afficher plus')).toBeLessThan(RENDER_BUDGET_MS);
    // The ticked « thème unique 70000 » follows the ranked ones (« __proto__ » is among them).
    let shown = await options(facet);
    expect(shown).toHaveLength(24 + 1);
    expect(await status(facet)).toBe('24 thèmes affichés sur 98 003');
    const focused = () => page.evaluate(() => document.activeElement?.closest('label')?.querySelector('.facet-label')?.textContent);
    expect(await focused()).toBe(shown[12]?.replace(/ 1$/, ''));
    await screenshot(page, 'theme-facet-more');

    await facet.getByRole('button', { name: 'Afficher moins', exact: true }).click();
    await expect.poll(() => options(facet).then((o) => o.length)).toBe(12 + 1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Afficher plus');
    await page.keyboard.press('Enter');
    await expect.poll(() => options(facet).then((o) => o.length)).toBe(24 + 1);
    shown = await options(facet);
    expect(await focused()).toBe(shown[12]?.replace(/ 1$/, ''));
    await page.keyboard.press('Space');
    await expect.poll(() => resultCount(page)).toBe(3);
    expect(new URL(page.url()).searchParams.get('theme')).toBe(`thème unique 70000,__proto__,${shown[12]?.replace(/ 1$/, '')}`);
    expect(opened.errors).toEqual([]);
  });
});

describe('the theme facet on a phone', () => {
  it('opens the filter panel within 2 s and shows the most used themes', async () => {
    const { page, errors } = await openApp(browser, {
      viewport: { width: 375, height: 740 },
      prepare: (p) => p.route(`**/data/${ACTORS_FILE}`, (route) => route.fulfill({ path: actorsFile, contentType: 'application/json' })),
    });
    await page.waitForFunction(() => performance.getEntriesByName('atlas:derived:search-index').length > 0, null, { timeout: 45_000 });
    const opening = await page.evaluate(async () => {
      const started = performance.now();
      document.querySelector<HTMLElement>('#filtres .panel-toggle')?.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return performance.now() - started;
    });
    expect(opening).toBeLessThan(RENDER_BUDGET_MS);
    const facet = page.getByRole('group', { name: 'Thèmes' });
    expect((await options(facet)).slice(0, 2)).toEqual(['Économie circulaire 3 500', 'transition écologique 2 800']);
    await facet.getByRole('searchbox', { name: 'Chercher un thème' }).fill('unique 98000');
    await expect.poll(() => options(facet)).toEqual(['thème unique 98000 1']);
    await facet.scrollIntoViewIfNeeded();
    await screenshot(page, 'theme-facet-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
