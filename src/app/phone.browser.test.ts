/**
 * On a phone (390×844), as a person uses it: a fiche opened from the filter sheet takes most of the
 * screen, over a folded sheet and without the header and the banner; the demonstration banner can
 * be dismissed for good, even where the browser refuses storage; « Calques » opens as a bottom
 * sheet that leaves the map visible.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYERS_BUTTON_ID } from '../features/layers/layers-button-id';
import { heldDataFile, launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';
import { NOTICE_DISMISSED_KEY } from './notice-dismissal';

const PHONE = { width: 390, height: 844 };
const GUERET = '23096';
/** A sample fiche listed near Guéret within 100 km. */
const NEAR_GUERET = 'Exemple – Service alliances locales de Chasseneuil';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** The element drawn at a point of the viewport, as a selector-like description. */
function topmostAt(page: Page, x: number, y: number, within: string): Promise<boolean> {
  return page.evaluate(([px, py, sel]) => Boolean(document.elementFromPoint(px as number, py as number)?.closest(sel as string)), [
    x,
    y,
    within,
  ] as const);
}

describe('a fiche on a phone', () => {
  it('opened from the filter sheet, folds the sheet and takes most of the screen, with the focus', async () => {
    const { page, errors } = await openApp(browser, {
      viewport: PHONE,
      path: `?near=${GUERET}&radius=100`,
      prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Afficher les filtres' }).click();
    await page.getByTestId('near-list').getByRole('button', { name: NEAR_GUERET, exact: true }).click();
    const fiche = page.getByTestId('detail-panel');
    await fiche.waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'phone-fiche-opened');

    // The filter sheet is folded: only its head is left, below the fiche.
    const toggle = page.getByRole('button', { name: 'Afficher les filtres' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#filtres-contenu').isVisible()).toBe(false);

    // The header and the banner fold away; the fiche fills most of the screen, its title on top.
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('sample-notice').isVisible()).toBe(false);
    const box = await boxOf(fiche);
    expect(box.height).toBeGreaterThan(PHONE.height * 0.7);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    const title = await boxOf(fiche.getByRole('heading', { level: 2 }).first());
    expect(title.y).toBeLessThan(box.y + 80);
    expect(await topmostAt(page, PHONE.width / 2, box.y + box.height / 2, '.detail-panel')).toBe(true);
    expect(await topmostAt(page, PHONE.width / 2, title.y + title.height / 2, '.detail-panel')).toBe(true);

    // A strip of map stays above it, and the sheet's head below it.
    const map = await boxOf(page.locator('.map-view'));
    expect(box.y - map.y).toBeGreaterThan(100);
    expect(await topmostAt(page, PHONE.width / 2, map.y + (box.y - map.y) / 2, '.map-view')).toBe(true);
    const head = await boxOf(page.locator('#filtres .panel-head'));
    expect(head.y).toBeGreaterThanOrEqual(box.y + box.height - 1);

    // The focus is in the fiche.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.detail-panel')))).toBe(true);

    // Closed, the header and the banner come back.
    await fiche.getByRole('button', { name: 'Fermer' }).first().click();
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);
    expect(await page.getByTestId('sample-notice').isVisible()).toBe(true);
    // The focus is not lost: the opener lies in the folded sheet, so it goes to the map.
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('map-area');
    await screenshot(page, 'phone-fiche-closed');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the demonstration banner on a phone', () => {
  it('can be dismissed, gives the room to the map and stays dismissed after a reload', async () => {
    const { page, errors } = await openApp(browser, { viewport: PHONE });
    await waitForMapReady(page);
    const notice = page.getByTestId('sample-notice');
    await notice.waitFor();
    await screenshot(page, 'phone-banner');
    const mapBefore = await boxOf(page.locator('.map-view'));
    const dismiss = notice.getByRole('button', { name: 'Masquer le bandeau' });
    const button = await boxOf(dismiss);
    expect(button.x + button.width).toBeLessThanOrEqual(PHONE.width);
    expect(button.width).toBeGreaterThanOrEqual(40);
    await dismiss.click();
    expect(await notice.count()).toBe(0);
    // The focus goes on, to the filters' panel, not to the page's start.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtres');
    await expect.poll(async () => (await boxOf(page.locator('.map-view'))).y).toBeLessThan(mapBefore.y - 20);
    expect(await page.evaluate((key) => localStorage.getItem(key), NOTICE_DISMISSED_KEY)).toBe('1');

    await page.reload();
    await waitForMapReady(page);
    await page.locator('.app-header').waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('sample-notice').count()).toBe(0);
    await screenshot(page, 'phone-banner-dismissed');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('still shows and dismisses where the browser refuses storage', async () => {
    const { page, errors } = await openApp(browser, {
      viewport: PHONE,
      prepare: (p) =>
        p.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('Storage is disabled', 'SecurityError');
            },
          });
        }),
    });
    await waitForMapReady(page);
    const notice = page.getByTestId('sample-notice');
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Masquer le bandeau' }).click();
    expect(await notice.count()).toBe(0);
    expect(await page.locator('.map-view canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('« Calques » on a phone', () => {
  it('opens as a bottom sheet over at most a third of the map, which stays visible above it', async () => {
    const { page, errors } = await openApp(browser, { viewport: PHONE });
    await waitForMapReady(page);
    await page.locator(`#${LAYERS_BUTTON_ID}`).click();
    const sheet = page.locator('[data-testid="coverage-control"][data-open="true"]');
    await sheet.waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'phone-layers-open');

    const map = await boxOf(page.locator('.map-view'));
    const box = await boxOf(sheet);
    expect(Math.abs(box.y + box.height - (map.y + map.height))).toBeLessThanOrEqual(2);
    expect(box.width).toBeGreaterThanOrEqual(map.width - 2);
    expect(box.height).toBeLessThanOrEqual(map.height / 3 + 2);
    // The map shows above the sheet, the sheet's controls are on top where it lies.
    expect(await topmostAt(page, map.x + map.width / 2, map.y + (box.y - map.y) / 2, '.maplibregl-canvas')).toBe(true);
    expect(await topmostAt(page, box.x + box.width / 2, box.y + 12, '[data-testid="coverage-control"]')).toBe(true);
    // Its button keeps the focus and says it is open.
    const button = sheet.getByRole('button', { expanded: true }).first();
    expect(await button.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('search and ecosystem on a phone', () => {
  it('searches each letter typed in the header, and one « back » undoes the whole search', async () => {
    const { page, errors } = await openApp(browser, { viewport: PHONE });
    await waitForMapReady(page);
    const box = page.getByRole('search').getByRole('searchbox');
    const { y, height } = await boxOf(box);
    expect(y >= 0 && y + height <= PHONE.height).toBe(true);
    await box.click();
    await box.pressSequentially('orléans', { delay: 120 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('orléans');
    await expect.poll(() => page.getByRole('search').getAttribute('aria-busy')).toBe('false');
    await screenshot(page, 'phone-search-typed');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(await box.inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says the links are loading when the ecosystem is opened before them, then draws it', async () => {
    const links = heldDataFile('links.columns.json');
    const { page, errors } = await openApp(browser, { viewport: PHONE, prepare: links.prepare });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Écosystème', exact: true }).click();
    const status = page.getByTestId('graph-view').getByRole('status');
    await expect.poll(() => status.innerText()).toContain('Chargement des liens entre les fiches…');
    const { y, height } = await boxOf(status);
    expect(y >= 0 && y + height <= PHONE.height).toBe(true);
    await screenshot(page, 'phone-ecosystem-links-loading');
    links.release();
    await expect.poll(() => page.getByTestId('graph-view').getAttribute('data-graph-ready'), { timeout: 30_000 }).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
