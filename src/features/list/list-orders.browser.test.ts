/**
 * The list's orders of a big dataset are found ahead in a worker that pauses while the person
 * acts; once the list is open and waits for them, it no longer pauses. A generated dataset of
 * 40,000 fiches (above `WORKER_FROM_ROWS`) replaces the app's data; the list is opened at once and
 * the person keeps pressing keys: the rows still come in the collator's order.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';
import { generatedData, routeGeneratedData, type GeneratedData } from '../../../tests/helpers/generated-data';
import { WORKER_FROM_ROWS } from './use-prepared-list-orders';

const SIZE = 40_000;

let browser: Browser;
let data: GeneratedData;
let names: string[];

beforeAll(async () => {
  data = await generatedData(SIZE);
  names = (JSON.parse(await readFile(join(data.dir, 'actors.columns.json'), 'utf8')) as { name: string[] }).name;
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await data?.remove();
});

const table = (page: Page) => page.getByTestId('list-view');
const rowName = (page: Page, rowIndex: number) =>
  table(page).locator(`tbody tr[aria-rowindex="${rowIndex}"] .list-name-button`).textContent({ timeout: 1000 });

describe(`the list of ${SIZE.toLocaleString('en')} fiches`, () => {
  it('is sorted by name by its worker though the person keeps pressing keys, once it is open', async () => {
    expect(names.length).toBeGreaterThan(WORKER_FROM_ROWS);
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const byName = names.map((_, i) => i).sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b);
    const { page, errors } = await openApp(browser, {
      path: '?view=list',
      prepare: async (p) => {
        await routeGeneratedData(p, data.dir);
        // A key pressed every 150 ms from the start, which pauses the work done ahead.
        await p.addInitScript(() => setInterval(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })), 150));
      },
    });
    await table(page).locator('tbody tr[aria-rowindex]').first().waitFor({ timeout: 60_000 });
    // Paused, the sort would get 100 ms of work every 2 s: several seconds for these names.
    await expect.poll(() => table(page).locator('caption').textContent(), { timeout: 5_000 }).toContain('tri par nom, de A à Z');
    expect(await rowName(page, 2)).toBe(names[byName[0] ?? 0]);
    expect(await rowName(page, 3)).toBe(names[byName[1] ?? 0]);
    await screenshot(page, 'list-orders-generated');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
