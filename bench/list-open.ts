/**
 * Open the list: a click on « Liste » → the first rows of the table on screen. Timed from the
 * click to the first frame where a row of `[data-testid=list-view]` (a row with a name button,
 * or a virtualised row with `aria-rowindex`) is visible. Each run starts from the map view; the
 * first also fetches the list's code, as for a person.
 */
import type { Page } from 'playwright-core';
import { backToMap, measureAction, viewButton, type Measured } from './page-paths';

export const LIST_RUNS = 5;
const LIST_SELECTOR = '[data-testid="list-view"]';

/** In the page: a row of the list is on screen. Also used once the list is expected there. */
export const LIST_ROWS_SHOWN = `(() => {
  const rows = document.querySelectorAll('${LIST_SELECTOR} tbody tr');
  for (const row of rows) {
    if (!row.hasAttribute('aria-rowindex') && !row.querySelector('button')) continue;
    const box = row.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 0 && box.top < window.innerHeight) return true;
  }
  return false;
})()`;

/** One opening of the list from the map view. */
export function openList(page: Page): Promise<Measured> {
  return measureAction(page, () => viewButton(page, 'Liste').click(), LIST_ROWS_SHOWN, 'list rows');
}

export async function listOpenPath(page: Page, measured: Measured[], runs = LIST_RUNS): Promise<void> {
  for (let i = 0; i < runs; i += 1) {
    measured.push(await openList(page));
    await backToMap(page, LIST_SELECTOR);
  }
}
