/**
 * The list fits a 1440 px screen: every column in view, nothing cut on the right, while the
 * network metrics are computed and once they are. It says truthfully which columns sort: the
 * headers with a sort button are exactly those the hint names, each sorts when pressed, and the
 * others are plain labels. On a phone the table scrolls sideways in its own box, not the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const table = (page: Page) => page.getByTestId('list-view');

/** Where the table and its last header lie against the box that shows it and the window. */
const fit = (page: Page) =>
  page.evaluate(() => {
    const scroll = document.querySelector('.list-scroll');
    const heads = [...document.querySelectorAll('.list-table thead th')];
    const last = heads.at(-1)?.getBoundingClientRect();
    const box = scroll?.getBoundingClientRect();
    return {
      overflow: scroll ? scroll.scrollWidth - scroll.clientWidth : -1,
      lastHeaderInBox: last && box ? last.right <= box.right + 0.5 && last.left >= box.left : false,
      lastHeaderInWindow: last ? last.right <= window.innerWidth : false,
      lastHeader: heads.at(-1)?.textContent?.trim() ?? '',
      pageScrollX: document.scrollingElement?.scrollLeft ?? -1,
    };
  });

/** The headers' labels, and which have a sort button. */
const headers = (page: Page) =>
  table(page)
    .locator('thead th')
    .evaluateAll((ths) =>
      ths.map((th) => ({
        label: (th.querySelector('button')?.firstChild?.textContent ?? th.textContent ?? '').trim(),
        sorts: th.querySelector('button[data-sort]') !== null,
        ariaSort: th.getAttribute('aria-sort'),
      })),
    );

describe('the list on a 1440 × 900 screen', () => {
  it('shows every column, the last one whole, before and after the metrics are computed', async () => {
    const { page, errors } = await openApp(browser, { path: '?view=list', viewport: { width: 1440, height: 900 } });
    await table(page).locator('tbody tr').first().waitFor();
    expect(await fit(page)).toEqual({
      overflow: 0,
      lastHeaderInBox: true,
      lastHeaderInWindow: true,
      lastHeader: 'Rang de pont↕',
      pageScrollX: 0,
    });
    // Once the metrics are there (numbers or ranks instead of « … »).
    await expect.poll(() => table(page).locator('tbody .list-pending').count(), { timeout: 30_000 }).toBe(0);
    expect(await fit(page)).toEqual({
      overflow: 0,
      lastHeaderInBox: true,
      lastHeaderInWindow: true,
      lastHeader: 'Rang de pont↕',
      pageScrollX: 0,
    });
    await screenshot(page, 'list-fit-1440');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each([
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('which columns sort, on a %s', (device, viewport) => {
  it('the hint names exactly the headers with a sort button, and each of them sorts', async () => {
    const { page, errors } = await openApp(browser, { path: '?view=list', viewport });
    await table(page).locator('tbody tr').first().waitFor();
    const all = await headers(page);
    const sortable = all.filter((h) => h.sorts).map((h) => h.label);
    expect(sortable).toEqual(['Nom', 'Lieu', 'Qualification', 'Liens', 'Mondes reliés', 'Rang de pont']);
    expect(all.filter((h) => !h.sorts)).toEqual([
      { label: 'Pratiques', sorts: false, ariaSort: null },
      { label: 'Profil', sorts: false, ariaSort: null },
      { label: 'Nature', sorts: false, ariaSort: null },
      { label: 'Contact', sorts: false, ariaSort: null },
    ]);
    // The hint (read with the table: its description) names them, and only them.
    const hintId = (await table(page).getAttribute('aria-describedby')) ?? '';
    const hint = await page.locator(`[id="${hintId}"]`).textContent();
    expect(hint).toContain(`Les en-têtes marqués ↕ trient la liste : ${sortable.join(', ')}.`);
    // The plain headers look like labels, not like the blue buttons.
    const colors = await table(page)
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => getComputedStyle(th.querySelector('button') ?? th).color));
    expect(new Set(colors.filter((_, i) => !all[i]?.sorts)).size).toBe(1);
    expect(colors.filter((_, i) => !all[i]?.sorts)[0]).not.toBe(colors[all.findIndex((h) => h.sorts && h.ariaSort === 'none')]);
    // Each sort button sorts (the metrics' ones once the metrics are computed).
    await expect.poll(() => table(page).locator('tbody .list-pending').count(), { timeout: 30_000 }).toBe(0);
    for (const column of ['place', 'qualification', 'links', 'worlds', 'betweenness', 'name']) {
      await table(page).locator(`button[data-sort="${column}"]`).click();
      await expect.poll(() => table(page).locator('th[aria-sort]:not([aria-sort="none"]) button').getAttribute('data-sort')).toBe(column);
    }
    await screenshot(page, `list-sortable-${device}`);
    expect((await fit(page)).pageScrollX).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
