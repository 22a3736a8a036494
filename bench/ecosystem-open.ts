/**
 * Open the ecosystem view: a click on « Écosystème » → the view interactive. Timed from the
 * click to the first frame where `ECOSYSTEM_READY` holds; each run starts from the map view.
 */
import type { Page } from 'playwright-core';
import { backToMap, measureAction, viewButton, type Measured } from './page-paths';

export const ECOSYSTEM_RUNS = 3;

/**
 * In the page: the ecosystem view is interactive. The one place to change when the view does:
 * the view says it is ready (`data-graph-ready`, set at sigma's first frame drawn, communities or
 * fiches) and has its summary.
 */
export const ECOSYSTEM_READY = `(() => {
  const view = document.querySelector('[data-testid="graph-view"]');
  return !!view && view.getAttribute('data-graph-ready') === 'true' && !!view.querySelector('[data-testid="graph-summary"]');
})()`;

export function openEcosystem(page: Page): Promise<Measured> {
  return measureAction(page, () => viewButton(page, 'Écosystème').click(), ECOSYSTEM_READY, 'ecosystem interactive');
}

export async function ecosystemOpenPath(page: Page, measured: Measured[], runs = ECOSYSTEM_RUNS): Promise<void> {
  for (let i = 0; i < runs; i += 1) {
    measured.push(await openEcosystem(page));
    await backToMap(page, '[data-testid="graph-view"]');
  }
}
