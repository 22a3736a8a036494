/**
 * Map configuration read at build time.
 *
 * `VITE_ONLINE_STYLE_URL`: URL of a MapLibre style (e.g. a vector-tile basemap) to use instead of
 * the offline style built from `basemap.topo.json`. Unset by default: the map then needs no
 * network access beyond the app's own files. The actors are drawn on top of either style.
 */
const rawOnlineStyleUrl: unknown = import.meta.env['VITE_ONLINE_STYLE_URL'];

export const ONLINE_STYLE_URL: string | undefined =
  typeof rawOnlineStyleUrl === 'string' && rawOnlineStyleUrl.trim() !== '' ? rawOnlineStyleUrl.trim() : undefined;

/** Metropolitan France, [west, south, east, north]. */
export const FRANCE_BOUNDS: [number, number, number, number] = [-5.3, 41.2, 9.7, 51.2];

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 14;
