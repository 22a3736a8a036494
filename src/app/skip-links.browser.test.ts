/**
 * The skip links follow the view: « Aller à la carte », « Aller à la liste » or « Aller au graphe »,
 * and the keyboard focus lands in that view's region, never on `<body>` (the map's region is
 * hidden behind the list and the graph).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from '../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The focused element, said as tag#id « text », and the id of the region it is in (if any of `regions`). */
function focus(page: Page, regions: string[]) {
  return page.evaluate((ids) => {
    const el = document.activeElement as HTMLElement | null;
    return {
      element: el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} « ${(el.textContent ?? '').trim().slice(0, 30)} »` : null,
      region: ids.find((id) => el?.closest(`#${id}`)) ?? null,
    };
  }, regions);
}

const REGIONS = ['carte', 'liste', 'ecosysteme', 'filtres'];

describe('the skip links', () => {
  it.each([
    ['map', '', 'Aller à la carte', 'carte', '.map-view'],
    ['list', '?view=list', 'Aller à la liste', 'liste', '[data-testid="list-view"] tbody tr'],
    ['graph', '?view=graph', 'Aller au graphe', 'ecosysteme', '[data-testid="graph-summary"]'],
  ])('in the %s view: Tab from the top, Enter on the second link, the focus is in the view', async (_, path, label, region, ready) => {
    const { page, errors } = await openApp(browser, { path });
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Tab');
    expect((await focus(page, REGIONS)).element).toBe('a « Aller aux filtres »');
    await page.keyboard.press('Tab');
    expect((await focus(page, REGIONS)).element).toBe(`a « ${label} »`);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page, REGIONS)).region).toBe(region);
    // The region itself, ready for the next Tab to go into it.
    expect((await focus(page, REGIONS)).element).toMatch(new RegExp(`^(section|div)#${region} `));
    if (region === 'liste') await screenshot(page, 'skip-link-list');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without WebGL, where the list stands for the map, leads to the list', async () => {
    const { page } = await openApp(browser, {
      prepare: (p) =>
        p.addInitScript(() => {
          const getContext = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
            return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof getContext;
        }),
    });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focus(page, REGIONS)).element).toBe('a « Aller à la liste »');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page, REGIONS)).region).toBe('liste');
    await page.context().close();
  });
});
