/**
 * Finding catalysts as a person would: clusters on the map, filters that change the count and the
 * URL, a search typed without accents, a cluster that zooms in, an actor's panel, a reload that
 * restores the view, the list from the keyboard, a stack of actors at one place.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady, type OpenedPage } from '../../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function resultCount(page: Page): Promise<number> {
  const text = await page.getByTestId('result-count').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

describe('the map and its filters', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openApp(browser);
    await waitForMapReady(opened.page);
  });

  it('draws clusters that show how many they hold', async () => {
    const { page } = opened;
    const clusters = page.locator('.atlas-cluster');
    expect(await clusters.count()).toBeGreaterThan(3);
    const label = await clusters.first().getAttribute('aria-label');
    expect(label).toMatch(/^Groupe de \d+ fiches/);
    await screenshot(page, 'explore-clusters');
  });

  it('filters by practice: the count drops and the URL says so', async () => {
    const { page } = opened;
    const before = await resultCount(page);
    await page.getByRole('checkbox', { name: /Gestion d.un lieu/ }).check();
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    expect(param(page, 'practice')).toBe('lieu');
    await expect.poll(() => page.getByRole('button', { name: /Retirer le filtre Gestion d.un lieu/ }).count()).toBe(1);
    await screenshot(page, 'explore-filter-lieu');
  });

  it('resets every filter in one click', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Tout réinitialiser' }).click();
    await expect.poll(() => param(page, 'practice')).toBeNull();
    expect(await resultCount(page)).toBe(544);
  });

  it('finds an actor typed without accents', async () => {
    const { page } = opened;
    await page.getByRole('search').getByRole('searchbox').fill('comite 21');
    await expect.poll(() => param(page, 'q')).toBe('comite 21');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await expect.poll(() => page.getByTestId('list-view').getByRole('button', { name: 'Comité 21', exact: true }).count()).toBe(1);
    await page.getByRole('search').getByRole('searchbox').fill('');
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
  });

  it('searches each letter as it is typed, and one « back » undoes the whole search', async () => {
    const { page } = opened;
    const all = await resultCount(page);
    const box = page.getByRole('search').getByRole('searchbox');
    await box.click();
    await box.pressSequentially('orléans', { delay: 120 });
    await expect.poll(() => param(page, 'q')).toBe('orléans');
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.goBack();
    await expect.poll(() => param(page, 'q')).toBeNull();
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => resultCount(page)).toBe(all);
  });

  it('zooms in when a cluster is clicked', async () => {
    const { page } = opened;
    await page.waitForSelector('.atlas-cluster');
    const zoomOf = () => Number((param(page, 'map') ?? '0/0/0').split('/')[0]);
    const before = zoomOf();
    await page.locator('.atlas-cluster').first().click();
    await expect.poll(zoomOf, { timeout: 10_000 }).toBeGreaterThan(before);
    await screenshot(page, 'explore-cluster-zoomed');
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('an actor, its panel and a shared link', () => {
  it('opens the panel from the list, restores it on reload, and goes back', async () => {
    const { page, errors } = await openApp(browser, { path: '?view=list&practice=dialogue&q=rameau' });
    await page.getByTestId('list-view').waitFor();
    await page.getByTestId('list-view').getByRole('button', { name: 'Le RAMEAU', exact: true }).click();
    const panel = page.getByTestId('detail-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).first().textContent()).toContain('Le RAMEAU');
    expect(param(page, 'actor')).toBe('le-rameau');
    // Its place by names, not codes: Paris, in département 75 and région 11.
    await expect.poll(() => panel.locator('.detail-plain-list').first().innerText()).toBe('Paris\n75 – Paris\nÎle-de-France');
    await screenshot(page, 'explore-detail');

    await page.reload();
    await page.getByTestId('detail-panel').waitFor();
    await expect.poll(() => page.getByTestId('detail-panel').textContent()).toContain('Le RAMEAU');
    expect(param(page, 'practice')).toBe('dialogue');
    expect(await page.getByRole('checkbox', { name: /Dialogue territorial/ }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Liste', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await expect.poll(() => param(page, 'actor')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('marks a sample actor as such in its panel', async () => {
    const { page } = await openApp(browser, { path: '?view=list&data=sample' });
    await page.getByTestId('list-view').getByRole('button').first().waitFor();
    await page.getByTestId('list-view').locator('tbody button').first().click();
    await page.getByTestId('detail-sample').waitFor();
    expect(await page.getByTestId('detail-sample').textContent()).toMatch(/exemple/i);
  });

  it('works from the keyboard in the list', async () => {
    const { page } = await openApp(browser, { path: '?view=list' });
    const table = page.getByTestId('list-view');
    await table.waitFor();
    await table.locator('tbody button').first().focus();
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').waitFor();
    expect(await page.getByTestId('detail-panel').textContent()).toContain(second ?? '');
    await screenshot(page, 'explore-list-keyboard');
  });
});

describe('places shared by many actors, and odd links', () => {
  it('opens a stack of actors at one place into a readable list', async () => {
    const { page, errors } = await openApp(browser, { path: '?map=13/48.8566/2.3428' });
    await waitForMapReady(page);
    const stack = page.locator('.atlas-stack').first();
    await stack.waitFor();
    expect(await stack.getAttribute('aria-label')).toMatch(/fiches au même endroit/);
    await stack.click();
    const popup = page.locator('.atlas-stack-popup');
    await popup.waitFor();
    expect(await popup.getByRole('button').count()).toBeGreaterThan(5);
    await screenshot(page, 'explore-stack');
    await popup.getByRole('button', { name: /Comité 21/ }).click();
    await expect.poll(() => param(page, 'actor')).toBe('comite-21');
    expect(errors).toEqual([]);
  });

  it('ignores unknown and malformed parameters with a notice, never a crash', async () => {
    const { page, errors } = await openApp(browser, { path: '?practice=lieu,peinture&map=abc&foo=%3Cscript%3E&qmin=500' });
    await waitForMapReady(page);
    const notices = page.getByTestId('url-notices');
    await notices.waitFor();
    // Four notices: the first three shown, the fourth behind « et 1 autre ».
    expect(await notices.locator('li').count()).toBe(3);
    await notices.getByRole('button', { name: 'et 1 autre' }).click();
    expect(await notices.locator('li').count()).toBe(4);
    expect(param(page, 'practice')).toBe('lieu');
    expect(param(page, 'foo')).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('overseas, the visible area and exports', () => {
  it('brings an overseas département into view', async () => {
    const { page, errors } = await openApp(browser);
    await waitForMapReady(page);
    await page.getByRole('navigation', { name: 'Territoires' }).getByRole('button', { name: 'La Réunion' }).click();
    await expect.poll(() => param(page, 'map'), { timeout: 10_000 }).not.toBeNull();
    const [, lat, lon] = (param(page, 'map') ?? '').split('/').map(Number);
    expect(lat).toBeCloseTo(-21.15, 0);
    expect(lon).toBeCloseTo(55.5, 0);
    await expect.poll(() => page.locator('.atlas-marker').count()).toBeGreaterThan(0);
    await screenshot(page, 'explore-reunion');
    expect(errors).toEqual([]);
  });

  it('limits the list to the visible map area', async () => {
    const { page } = await openApp(browser, { path: '?map=9/45.76/4.83' });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    // The list is loaded when first shown: wait for its rows, as a reader would.
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    // The list is virtual: its size is the table's row count (header row included), not the rows rendered.
    const rows = async () => Number(await page.getByTestId('list-view').getAttribute('aria-rowcount')) - 1;
    const all = await rows();
    await page.getByRole('checkbox', { name: 'Limiter à la zone visible de la carte' }).check();
    await expect.poll(rows).toBeLessThan(all);
    expect(await rows()).toBeGreaterThan(0);
    expect(param(page, 'inview')).toBe('1');
  });

  it('exports the filtered actors as CSV and GeoJSON', async () => {
    const { page } = await openApp(browser, { path: '?view=list&practice=lieu' });
    await page.getByTestId('list-view').waitFor();
    const total = await resultCount(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^catalyseurs-lieu-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(csvText.trim().split(/\r?\n/).length).toBe(total + 1);
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter GeoJSON' }).click()]);
    const collection = JSON.parse(readFileSync((await geo.path()) ?? '', 'utf8')) as {
      features: { properties: { practices: string[] } }[];
    };
    expect(collection.features).toHaveLength(total);
    expect(collection.features.every((f) => f.properties.practices.includes('lieu'))).toBe(true);
  });
});
