/**
 * A search keystroke: one more letter typed in the header's search box → the new results and
 * the clusters. Timed from the key (keydown) to the first frame after the map's markers of the
 * new result were drawn (`atlas:clusters-drawn`, after a filter pass `atlas:derived:filter-pass`
 * that followed the key): the list count and the clusters come from that one filter pass, made
 * when the search worker's hits are in. The time from that filter pass to the drawing is given
 * beside it (before, the box also waited for a 50-ms pause in the typing: it no longer does).
 */
import type { Page } from 'playwright-core';
import * as marks from '../src/state/perf-marks';
import { CLUSTERS_DRAWN_MARK, DERIVED_MARKS } from '../src/state/perf-marks';
import { ACTION_TIMEOUT_MS, actAndWait, BETWEEN_ACTIONS_MS, measureAction, type Measured } from './page-paths';

/**
 * Words typed: the first two letters unmeasured, then one letter at a time, measured: twenty
 * keystrokes, for a p95 that is not the slowest one (the 19th of 20).
 */
export const SEARCH_WORDS = ['transition', 'cooperation', 'alimentation', 'territoire', 'fabrique'];
export const LETTERS_PER_WORD = 4;

/**
 * The store's mark for a search result applied, where the page has one (a search answered off the
 * main thread comes after the first filter pass): read by name, so that this file runs with or
 * without it.
 */
const SEARCH_APPLIED = (marks as Record<string, unknown>)['SEARCH_APPLIED_MARK'];
const APPLIED_NAME = typeof SEARCH_APPLIED === 'string' ? SEARCH_APPLIED : null;

/**
 * In the page: a filter pass after the key, and the markers of a result drawn after it; where the
 * page marks the search results applied, one of those after the key too, before the drawing.
 */
export const SEARCH_RESULT_DRAWN = `(() => {
  const after = (name) => performance.getEntriesByName(name, 'mark').filter((m) => m.startTime >= t0).at(-1);
  const pass = after(${JSON.stringify(DERIVED_MARKS.filterPass)});
  const drawn = performance.getEntriesByName(${JSON.stringify(CLUSTERS_DRAWN_MARK)}, 'mark').at(-1);
  if (!pass || !drawn || drawn.startTime < pass.startTime) return false;
  const appliedName = ${JSON.stringify(APPLIED_NAME)};
  if (appliedName === null || performance.getEntriesByName(appliedName, 'mark').length === 0) return true;
  const applied = after(appliedName);
  return !!applied && drawn.startTime >= applied.startTime;
})()`;

/** The first filter pass after `t0`: when the hits of the text typed were applied. */
function firstPassAfter(page: Page, t0: number): Promise<number> {
  return page.evaluate(([name, from]) => performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= from)?.startTime ?? NaN, [
    DERIVED_MARKS.filterPass,
    t0,
  ] as const);
}

const searchBox = (page: Page) => page.getByRole('search').getByRole('searchbox');

export async function searchKeystrokePath(page: Page, measured: Measured[]): Promise<void> {
  // The first search waits for the search index, built once the page is idle: not a keystroke's cost.
  await page
    .waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, DERIVED_MARKS.searchIndex, {
      timeout: ACTION_TIMEOUT_MS / 2,
    })
    .catch(() => undefined);
  for (const word of SEARCH_WORDS) {
    await searchBox(page).click();
    await actAndWait(page, () => searchBox(page).fill(word.slice(0, 2)), SEARCH_RESULT_DRAWN, `search "${word.slice(0, 2)}"`);
    await page.waitForTimeout(BETWEEN_ACTIONS_MS);
    for (const letter of word.slice(2, 2 + LETTERS_PER_WORD)) {
      const m = await measureAction(page, () => page.keyboard.press(letter), SEARCH_RESULT_DRAWN, `search letter "${letter}"`);
      measured.push({ ...m, fromLater: m.end - (await firstPassAfter(page, m.t0)) });
      await page.waitForTimeout(BETWEEN_ACTIONS_MS);
    }
  }
}
