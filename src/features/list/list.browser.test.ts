/**
 * The list as a virtual list: only the rows in view are in the page, yet every row is reached by
 * scrolling or from the keyboard (End, Home), on a wide screen and on a phone; a sort by place
 * changes the first row.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';
import { readActors } from '../../../tests/helpers/data-files';

interface Props {
  name: string;
  departement: string;
  communeName: string;
}

const actors = readActors(resolve(import.meta.dirname, '../../../public/data')).features.map((f): Props => f.properties);
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const rows = actors.map((_, i) => i);
const byName = (a: number, b: number) => collator.compare(actors[a]?.name ?? '', actors[b]?.name ?? '') || a - b;
const placeOf = (i: number) => `${actors[i]?.departement || 'zz'} ${actors[i]?.communeName}`;
const NAMES = [...rows].sort(byName).map((i) => actors[i]?.name);
const PLACES = [...rows].sort((a, b) => collator.compare(placeOf(a), placeOf(b)) || byName(a, b)).map((i) => actors[i]?.name);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const table = (page: Page) => page.getByTestId('list-view');
const shownRows = (page: Page) => table(page).locator('tbody tr[aria-rowindex]');
const rowName = (page: Page, rowIndex: number) =>
  table(page).locator(`tbody tr[aria-rowindex="${rowIndex}"] .list-name-button`).textContent();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { text: el?.textContent ?? null, index: el?.dataset['index'] ?? null };
  });

/** Whether the focused element is wholly in the window and not under the table's sticky header. */
const focusedInView = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const head = document.querySelector('[data-testid="list-view"] thead')?.getBoundingClientRect();
    const scroller = el.closest('.list-scroll')?.getBoundingClientRect();
    const top = Math.max(
      0,
      head && getComputedStyle(document.querySelector('.list-table thead th')!).position === 'sticky' ? head.bottom - 1 : 0,
    );
    const bottom = Math.min(window.innerHeight, scroller && scroller.height > 0 ? scroller.bottom : window.innerHeight);
    return box.top >= top - 1 && box.bottom <= bottom + 1 && box.height > 0;
  });

async function checkList(page: Page, name: string) {
  await shownRows(page).first().waitFor();
  const total = actors.length;
  expect(await table(page).getAttribute('aria-rowcount')).toBe(String(total + 1));
  // Virtual: a screenful of rows and a few more, not all of them.
  const rendered = await shownRows(page).count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(80);
  expect(await rowName(page, 2)).toBe(NAMES[0]);
  expect(await rowName(page, 3)).toBe(NAMES[1]);
  await screenshot(page, `${name}-top`);

  // Scrolling to the end shows the last actor.
  await page.evaluate(() => {
    for (const el of [document.querySelector('.list-scroll'), document.querySelector('.list-view')]) {
      if (el) el.scrollTop = el.scrollHeight;
    }
  });
  await expect
    .poll(() =>
      table(page)
        .locator(`tbody tr[aria-rowindex="${total + 1}"]`)
        .count(),
    )
    .toBe(1);
  expect(await rowName(page, total + 1)).toBe(NAMES[total - 1]);
  await screenshot(page, `${name}-end`);

  // From the keyboard: End to the last row, Home back to the first, each in view.
  await page.evaluate(() => {
    for (const el of [document.querySelector('.list-scroll'), document.querySelector('.list-view')]) if (el) el.scrollTop = 0;
  });
  await expect.poll(() => shownRows(page).first().getAttribute('aria-rowindex')).toBe('2');
  await table(page).locator('tbody button[data-index="0"]').focus();
  await page.keyboard.press('End');
  await expect.poll(() => focused(page)).toEqual({ text: NAMES[total - 1], index: String(total - 1) });
  await expect.poll(() => focusedInView(page)).toBe(true);
  await page.keyboard.press('Home');
  await expect.poll(() => focused(page)).toEqual({ text: NAMES[0], index: '0' });
  await expect.poll(() => focusedInView(page)).toBe(true);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focused(page)).toEqual({ text: NAMES[11], index: '11' });
  // Only one name button is reached by Tab.
  expect(await table(page).locator('tbody button[tabindex="0"]').count()).toBe(1);

  // By place, the first row changes.
  await table(page).locator('button[data-sort="place"]').click();
  await expect.poll(() => rowName(page, 2)).toBe(PLACES[0]);
  expect(PLACES[0]).not.toBe(NAMES[0]);
  expect(await table(page).locator('th[aria-sort="ascending"] button').getAttribute('data-sort')).toBe('place');
}

describe('the virtual list', () => {
  it('reaches every row on a wide screen', async () => {
    const { page, errors } = await openApp(browser, { path: '?view=list' });
    await checkList(page, 'list-virtual');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches every row on a phone', async () => {
    const { page, errors } = await openApp(browser, { path: '?view=list', viewport: { width: 390, height: 844 } });
    await checkList(page, 'list-virtual-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('brings the row of an actor opened from elsewhere into view', async () => {
    const last = NAMES[NAMES.length - 1] ?? '';
    const { page, errors } = await openApp(browser, { path: '?view=list' });
    await shownRows(page).first().waitFor();
    // A search selects nothing: open the actor by its URL, as the map or a link would.
    const id = await page.evaluate(async (name) => {
      const data = (await (await fetch('data/actors.columns.json')).json()) as { id: string[]; name: string[] };
      return data.id[data.name.indexOf(name)] ?? '';
    }, last);
    await page.goto(new URL(`?view=list&actor=${id}`, page.url()).href);
    await table(page).getByRole('button', { name: last, exact: true }).waitFor();
    const row = table(page).locator('tr.is-selected');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('aria-rowindex')).toBe(String(actors.length + 1));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
