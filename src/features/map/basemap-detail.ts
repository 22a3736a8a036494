/**
 * When the detailed basemap is worth its cost. The first view draws the simplified one (contours
 * simplified to 1.5 km); at a national zoom a pixel covers more than that, so the detailed one
 * would look the same and only cost a download, a re-tiling in MapLibre's worker and seconds of
 * frames on a software-rendered map while the page's own background work runs. It is fetched the
 * first time the map is zoomed in far enough for its detail to show.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** From this zoom a pixel (~1.7 km at 46° N at zoom 6) is about the simplified contours' tolerance. */
export const DETAIL_FROM_ZOOM = 6;

/**
 * Calls `reached` once, as soon as the map's zoom is at least `DETAIL_FROM_ZOOM` (at once if it
 * already is). Returns a function that stops watching.
 */
export function whenDetailShows(map: MapLibreMap, reached: () => void): () => void {
  const check = () => {
    if (map.getZoom() < DETAIL_FROM_ZOOM) return;
    stop();
    reached();
  };
  const stop = () => map.off('zoomend', check);
  map.on('zoomend', check);
  check();
  return stop;
}
