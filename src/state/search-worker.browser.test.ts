/**
 * The text search in the built app: run in a worker, restored from a link (`?q=`), finding the
 * descriptions once the worker has read them from the details shards, the box busy meanwhile and
 * never showing "nothing found" in between.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from '../../tests/helpers/browser';

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

const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'mark').length, name);

describe('the text search', () => {
  it('restores a search from the link, and finds words of the descriptions (details shards) too', async () => {
    // "démonstration" is in the sample actors' descriptions only, not in their names or themes.
    const readers: string[] = [];
    const { page, errors } = await openApp(browser, {
      path: '?q=demonstration',
      prepare: async (p) => {
        p.on('worker', (w) => {
          if (w.url().includes('descriptions.worker')) readers.push(w.url());
        });
      },
    });
    try {
      await expect.poll(() => resultCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.getByRole('search').getAttribute('aria-busy')).toBe('false');
      // The shards were read by a worker of their own, ended once they were in.
      expect(readers.length).toBeGreaterThan(0);
      await expect.poll(() => page.workers().filter((w) => w.url().includes('descriptions.worker')).length).toBe(0);
      expect(await marks(page, 'atlas:derived:search-index')).toBe(1);
      expect(await marks(page, 'atlas:search-applied')).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('keeps the last result on screen while a new text is searched', async () => {
    const { page, errors } = await openApp(browser);
    try {
      const box = page.getByRole('search').getByRole('searchbox');
      await box.fill('lyon');
      await expect.poll(() => resultCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
      // Every count shown from now on, until the next text's hits are in.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const node = document.querySelector('[data-testid="result-count"]');
        if (node)
          new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, {
            subtree: true,
            childList: true,
            characterData: true,
          });
      });
      const applied = await marks(page, 'atlas:search-applied');
      await box.fill('lyo');
      await expect.poll(() => marks(page, 'atlas:search-applied'), { timeout: 30_000 }).toBeGreaterThan(applied);
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen.map((s) => Number(s.replace(/\D/g, ''))).every((n) => n > 0)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
