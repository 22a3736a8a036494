/**
 * Performance marks the page leaves for anyone measuring it (`npm run bench`, the browser's own
 * performance panel). Their times are read with `performance.getEntriesByName(name)`.
 */

/** The first time the map is interactive: basemap and actor markers drawn, map idle. */
export const MAP_INTERACTIVE_MARK = 'atlas:map-interactive';

/** Each time the markers of a new filter result are in the page, at the next frame. */
export const CLUSTERS_DRAWN_MARK = 'atlas:clusters-drawn';

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
