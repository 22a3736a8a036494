/**
 * Performance marks the page leaves for anyone measuring it (`npm run bench`, the browser's own
 * performance panel). Their times are read with `performance.getEntriesByName(name)`.
 */

/** The first time the map is interactive: basemap and actor markers drawn, map idle. */
export const MAP_INTERACTIVE_MARK = 'atlas:map-interactive';

/**
 * The first time actor markers are on an idle map with its basemap: with the rest at
 * `MAP_INTERACTIVE_MARK`, or before it from a large dataset's overview (`overview.json`) while its
 * actors are still read.
 */
export const FIRST_MARKERS_MARK = 'atlas:first-markers';

/** Each time the markers of a new filter result are in the page, at the next frame. */
export const CLUSTERS_DRAWN_MARK = 'atlas:clusters-drawn';

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/**
 * Calls `callback` once the map is first interactive (or `mark` is set), or after `fallbackMs` where
 * no map comes (list view, no WebGL): work that can wait is kept off the first view's path.
 * Returns a cancel.
 */
export function afterFirstView(callback: () => void, fallbackMs = 8000, mark = MAP_INTERACTIVE_MARK): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const timer = setTimeout(run, performance.getEntriesByName(mark, 'mark').length > 0 ? 0 : fallbackMs);
  let observer: PerformanceObserver | null = null;
  if (typeof PerformanceObserver !== 'undefined') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(mark).length > 0) run();
    });
    observer.observe({ type: 'mark' });
  }
  function cancel() {
    clearTimeout(timer);
    observer?.disconnect();
  }
  return () => {
    done = true;
    cancel();
  };
}

/**
 * Calls `callback` when the page is next idle (within `timeoutMs`); a plain timer where there is
 * no `requestIdleCallback` (Safari). Returns a cancel.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

/**
 * Each time the hits of a searched text reach the store (from the search worker), just before
 * the filter pass they make: `detail` holds the text and the number of hits. The markers of the
 * new result follow (`CLUSTERS_DRAWN_MARK`, at the next frame after they are drawn).
 */
export const SEARCH_APPLIED_MARK = 'atlas:search-applied';

/** Each time a text is sent to the search worker (each letter typed). */
export const SEARCH_SENT_MARK = 'atlas:search-sent';

/**
 * Left each time the store builds derived state: one dataset index and one search index per
 * dataset (left when the search worker can answer: names, communes and themes indexed; then
 * `searchDescriptions` once the descriptions of the details shards are in too), one filter pass
 * per change of data, filters or search hits, whatever the number of components that read them.
 * `npm run bench` counts them.
 */
export const DERIVED_MARKS = {
  datasetIndex: 'atlas:derived:dataset-index',
  /** The links' index, when links come after the actors (the actors' index is kept). */
  linksIndex: 'atlas:derived:links-index',
  searchIndex: 'atlas:derived:search-index',
  searchDescriptions: 'atlas:derived:search-descriptions',
  filterPass: 'atlas:derived:filter-pass',
} as const;

export function markDerived(name: (typeof DERIVED_MARKS)[keyof typeof DERIVED_MARKS]): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
