/**
 * GeoJSON sources and their layers on the map only while there is something to draw: added with
 * their first data, updated with `setData`, removed when the data go back to `null`. An overlay
 * with nothing to show costs the map no source, no worker round trip and no frame (the first
 * view waits for the map to be idle).
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

/** Data by source id; keep the object's identity while the data are the same (`useMemo`). */
export type OverlayData = Readonly<Record<string, FeatureCollection>>;

export function useGeoJsonOverlay(
  map: MapLibreMap,
  data: OverlayData | null,
  layers: readonly LayerSpecification[],
  beforeId: string,
): void {
  const active = data !== null;
  const latest = useRef(data);
  latest.current = data;
  /** What each source was last given, to skip a `setData` of the same collection. */
  const given = useRef(new Map<string, FeatureCollection>());

  useEffect(() => {
    const initial = latest.current;
    if (!initial) return;
    const sent = given.current;
    for (const [id, collection] of Object.entries(initial)) {
      map.addSource(id, { type: 'geojson', data: collection });
      sent.set(id, collection);
    }
    const before = map.getLayer(beforeId) ? beforeId : undefined;
    for (const layer of layers) map.addLayer(layer, before);
    return () => {
      sent.clear();
      // The map may already be gone with its style.
      if (!map.style) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      for (const id of Object.keys(initial)) if (map.getSource(id)) map.removeSource(id);
    };
  }, [map, active, layers, beforeId]);

  useEffect(() => {
    if (!data) return;
    for (const [id, collection] of Object.entries(data)) {
      if (given.current.get(id) === collection) continue;
      given.current.set(id, collection);
      void map.getSource<GeoJSONSource>(id)?.setData(collection);
    }
  }, [map, data]);
}
