/**
 * An online basemap style (`VITE_ONLINE_STYLE_URL`) may be down, blocked or slow. Until it has
 * loaded, an error or a timeout replaces it with the offline style, so that the map always shows
 * France; the caller tells the reader.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { offlineStyle } from './style';

/** How long the online style may take to arrive before the offline one replaces it. */
export const ONLINE_STYLE_TIMEOUT_MS = 8_000;

/** Watches the map's first style; returns a function that stops watching. */
export function fallBackWhenStyleFails(map: MapLibreMap, onFallback: () => void, timeoutMs = ONLINE_STYLE_TIMEOUT_MS): () => void {
  let settled = false;
  const stop = () => {
    settled = true;
    clearTimeout(timer);
    map.off('style.load', onStyleLoad);
    map.off('error', onError);
  };
  const fallBack = () => {
    if (settled) return;
    stop();
    map.setStyle(offlineStyle(), { diff: false });
    onFallback();
  };
  // Errors after the style has arrived (a missing tile, say) are not the style failing.
  const onStyleLoad = () => stop();
  const onError = () => fallBack();
  const timer = setTimeout(fallBack, timeoutMs);
  map.on('style.load', onStyleLoad);
  map.on('error', onError);
  return stop;
}
