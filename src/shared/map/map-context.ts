/**
 * The live MapLibre map, for the components that add their own layers to it (near-me radius,
 * overlays, links). They render inside `MapView` once the map has loaded, declare their layer
 * specs under `src/map/layers/`, and insert them with the anchors below so that the stacking
 * order stays: land, overlays, borders and labels, feature lines; the actors (DOM markers) above all.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

export const MapInstanceContext = createContext<MapLibreMap | null>(null);

/** The map; only call from components rendered inside `MapView`. */
export function useMapInstance(): MapLibreMap {
  const map = useContext(MapInstanceContext);
  if (!map) throw new Error('useMapInstance() outside of MapView');
  return map;
}

/** `beforeId` for fills drawn over the land but under the borders (choropleths). */
export const OVERLAY_BEFORE = 'departements-line';
/** `beforeId` for lines and shapes drawn over the borders but under the labels (radius, links). */
export const FEATURE_BEFORE = 'region-labels';
