/**
 * What the robustness tests read and break: the text of a failure alert line by line, what an
 * alert says when a data file could not be loaded, the result count, and a route that fails until
 * the test repairs it.
 */
import type { Locator, Page, Route } from 'playwright-core';

/** The text of an element, line by line (paragraphs give blank lines in innerText). */
export async function textLines(locator: Locator): Promise<string[]> {
  return (await locator.innerText())
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The lines of an alert once it is shown. */
export async function alertLines(alert: Locator): Promise<string[]> {
  await alert.waitFor({ timeout: 20_000 });
  return textLines(alert);
}

/** What an alert says when a file could not be loaded: what failed, why, and the retry. */
export function failure(reason: string, what = 'Les données n’ont pas pu être chargées.'): string[] {
  return [what, reason, 'Réessayer'];
}

/** The number of actors the filters panel says match. */
export async function resultCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('result-count').textContent()) ?? '').replace(/\D/g, ''));
}

/** A route that fails (as `fail` says) until `repaired` is set, then lets the real file through. */
export function breakable(fail: (route: Route) => Promise<void>) {
  const state = { repaired: false, requests: 0 };
  const handler = async (route: Route) => {
    state.requests += 1;
    if (state.repaired) await route.fallback();
    else await fail(route);
  };
  return { state, handler };
}

/** Serves `body` as JSON until `repaired` is set, then lets the real file through. */
export function servedUntilRepaired(body: string) {
  return breakable((route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}
