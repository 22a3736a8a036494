/**
 * Near-me in the page: a commune picked among the suggestions of the « Près de chez moi » box →
 * the nearest actors listed. Timed from the click on the suggestion to the first frame where the
 * summary names the commune (the count and the list come with it). Typing the name and waiting
 * for the suggestions (the gazetteer is fetched on first use) are not timed.
 */
import type { Page } from 'playwright-core';
import { ACTION_TIMEOUT_MS, BETWEEN_ACTIONS_MS, measureAction, type Measured } from './page-paths';

/** Communes picked in turn (as typed; their suggestion starts with the name), twenty: a p95 that is not the slowest run (the 19th of 20). */
export const NEAR_COMMUNES = [
  'Poitiers',
  'Rennes',
  'Dijon',
  'Toulouse',
  'Lille',
  'Nantes',
  'Strasbourg',
  'Limoges',
  'Bordeaux',
  'Grenoble',
  'Angers',
  'Brest',
  'Amiens',
  'Rouen',
  'Caen',
  'Besançon',
  'Orléans',
  'Reims',
  'Nancy',
  'Perpignan',
];

const placeBox = (page: Page) => page.getByRole('combobox', { name: 'Commune, code postal ou code INSEE' });

/** In the page: the near-me summary names `commune`, and a result list or the summary is there. */
export function nearResultsShown(commune: string): string {
  return `(() => {
    const summary = document.querySelector('[data-testid="near-summary"]');
    return !!summary && summary.textContent.includes(${JSON.stringify(commune)});
  })()`;
}

export async function nearMePagePath(page: Page, measured: Measured[], communes = NEAR_COMMUNES): Promise<void> {
  for (const commune of communes) {
    await placeBox(page).click();
    await placeBox(page).fill(commune.toLowerCase());
    const option = page
      .getByRole('listbox', { name: 'Communes proposées' })
      .getByRole('option')
      .filter({ hasText: new RegExp(`^${commune} \\(`) })
      .first();
    await option.waitFor({ timeout: ACTION_TIMEOUT_MS });
    await page.waitForTimeout(BETWEEN_ACTIONS_MS);
    measured.push(await measureAction(page, () => option.click(), nearResultsShown(commune), `near ${commune}`));
    await page.waitForTimeout(BETWEEN_ACTIONS_MS);
  }
}
