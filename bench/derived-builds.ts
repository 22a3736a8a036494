/**
 * Proof that derived state is built once: the store leaves a mark each time it builds a dataset
 * index, a search index or a filter result (`DERIVED_MARKS`). A person loads the page, opens the
 * list, opens a fiche, searches and clicks a filter; after each step the marks are counted. One
 * dataset index and one search index per dataset, however many components read them; no filter
 * pass for opening a view or a fiche, one per change of the filters.
 */
import type { Browser, Page } from 'playwright-core';
import { DERIVED_MARKS, MAP_INTERACTIVE_MARK } from '../src/state/perf-marks';
import type { Budget } from './budgets';

const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 60_000;

export interface DerivedCounts {
  step: string;
  datasetIndex: number;
  searchIndex: number;
  filterPass: number;
}

export async function derivedBuilds(browser: Browser, baseUrl: string): Promise<DerivedCounts[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const counts: DerivedCounts[] = [];
  try {
    await page.goto(baseUrl);
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, MAP_INTERACTIVE_MARK, { timeout: TIMEOUT_MS });
    // The search index is built once the first view is drawn and the page idle.
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, DERIVED_MARKS.searchIndex, {
      timeout: TIMEOUT_MS,
    });
    counts.push(await countAfter(page, 'page load'));

    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.locator('.list-name-button').first().waitFor({ timeout: TIMEOUT_MS });
    counts.push(await countAfter(page, 'list opened'));

    await page.locator('.list-name-button').first().click();
    await page.getByTestId('detail-panel').waitFor({ timeout: TIMEOUT_MS });
    counts.push(await countAfter(page, 'fiche opened'));

    await page.getByRole('search').getByRole('searchbox').fill('tiers');
    await page.getByRole('search').getByRole('searchbox').press('Enter');
    await page.waitForURL(/[?&]q=tiers/, { timeout: TIMEOUT_MS });
    counts.push(await countAfter(page, 'search typed'));

    await page.locator('fieldset.facet').first().locator('input[type="checkbox"]').first().click();
    await page.waitForURL(/[?&]practice=/, { timeout: TIMEOUT_MS });
    counts.push(await countAfter(page, 'filter clicked'));
  } finally {
    await context.close();
  }
  return counts;
}

/** The budgets: the counts of the whole visit, and the filter passes each step added. */
export function derivedBudgets(counts: readonly DerivedCounts[]): Budget[] {
  const last = counts[counts.length - 1];
  const at = (step: string) => counts.find((c) => c.step === step);
  const added = (step: string, before: string) => (at(step)?.filterPass ?? NaN) - (at(before)?.filterPass ?? NaN);
  const exactlyOne = (name: string, value: number | undefined, unit: string): Budget => ({
    name,
    // A count of 0 means the marks are missing: as much a failure as 2.
    value: value === 0 ? NaN : (value ?? NaN),
    limit: 1,
    unit,
    kind: 'max',
  });
  return [
    exactlyOne('dataset indexes built per page (load, list, fiche, search, filter)', last?.datasetIndex, 'builds'),
    exactlyOne('search indexes built per page (load, list, fiche, search, filter)', last?.searchIndex, 'builds'),
    exactlyOne('filter passes at page load', at('page load')?.filterPass, 'passes'),
    {
      name: 'filter passes to open the list and a fiche',
      value: added('fiche opened', 'page load'),
      limit: 0,
      unit: 'passes',
      kind: 'max',
    },
    exactlyOne('filter passes per search', added('search typed', 'fiche opened'), 'passes'),
    exactlyOne('filter passes per filter click', added('filter clicked', 'search typed'), 'passes'),
  ];
}

async function countAfter(page: Page, step: string): Promise<DerivedCounts> {
  // Let the step's renders and effects settle: a second build would come within them.
  await page.waitForTimeout(500);
  const [datasetIndex, searchIndex, filterPass] = await page.evaluate(
    (names) => names.map((n) => performance.getEntriesByName(n, 'mark').length),
    [DERIVED_MARKS.datasetIndex, DERIVED_MARKS.searchIndex, DERIVED_MARKS.filterPass],
  );
  return { step, datasetIndex: datasetIndex ?? NaN, searchIndex: searchIndex ?? NaN, filterPass: filterPass ?? NaN };
}
