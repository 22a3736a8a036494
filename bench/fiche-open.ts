/**
 * Open a fiche: an actor with links selected → its panel and its link lines. The selection goes
 * through the URL as the back button does (`?actor=<id>` and a popstate event: the same store
 * update as a click on a marker, a list row or a linked actor, and no dependence on where those
 * are on screen). Timed from the event to the first frame with the panel's heading showing the
 * actor's name, the fiche's network section telling the drawn links (`detail-drawn`) and the
 * map's link layer note (`links-map-note`, written from the lines given to the map's source).
 */
import type { Page } from 'playwright-core';
import { createRandom } from '../src/pipeline/sample/random';
import type { BenchDataset } from './datasets';
import { ACTION_TIMEOUT_MS, BETWEEN_ACTIONS_MS, measureAction, type Measured } from './page-paths';

/** Enough runs for a p95 that is not the slowest run (the 19th of 20, nearest rank). */
export const FICHE_RUNS = 20;

export interface FicheTarget {
  id: string;
  name: string;
}

/** Placed actors with at least one link, picked at random (seeded). */
export function ficheTargets(dataset: BenchDataset, count = FICHE_RUNS): FicheTarget[] {
  const linked = new Set(dataset.links.flatMap((l) => [l.source, l.target]));
  const candidates = dataset.actors.features.filter((f) => f.geometry && linked.has(f.properties.id));
  const random = createRandom(17);
  return Array.from({ length: Math.min(count, candidates.length) }, () => {
    const f = random.pick(candidates);
    return { id: f.properties.id, name: f.properties.name };
  });
}

/** In the page: the fiche of `name` is shown with its links drawn. */
export function ficheShown(name: string): string {
  return `(() => {
    const heading = document.querySelector('[data-testid="detail-panel"] h2');
    return !!heading && heading.textContent.trim() === ${JSON.stringify(name.trim())}
      && !!document.querySelector('[data-testid="detail-drawn"]')
      && !!document.querySelector('[data-testid="links-map-note"]');
  })()`;
}

/** Sets `?actor=` (or removes it) and tells the app, as the back and forward buttons do. */
function selectByUrl(page: Page, id: string | null): Promise<void> {
  return page.evaluate((actor) => {
    const url = new URL(window.location.href);
    if (actor === null) url.searchParams.delete('actor');
    else url.searchParams.set('actor', actor);
    window.history.pushState(null, '', url);
    (window as unknown as { __bench: { input: number } }).__bench.input = performance.now();
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, id);
}

/** One fiche opened (and closed first if one is open). */
export async function openFiche(page: Page, target: FicheTarget): Promise<Measured> {
  await selectByUrl(page, null);
  await page.waitForFunction(() => !document.querySelector('[data-testid="detail-panel"]'), null, { timeout: ACTION_TIMEOUT_MS });
  await page.waitForTimeout(BETWEEN_ACTIONS_MS);
  return measureAction(page, () => selectByUrl(page, target.id), ficheShown(target.name), 'fiche shown');
}

export async function ficheOpenPath(page: Page, measured: Measured[], targets: readonly FicheTarget[]): Promise<void> {
  if (targets.length === 0) throw new Error('no actor with links in the dataset');
  for (const target of targets) measured.push(await openFiche(page, target));
}
