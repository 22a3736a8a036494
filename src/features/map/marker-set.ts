/**
 * The DOM markers on the map, by key: the clustering worker's answers and the first map's
 * overview both go through `syncMarkers`, so that a marker whose key did not change stays (with
 * its keyboard focus), whoever drew it.
 */
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { MapItem } from '../../core/cluster-index';
import type { BBox } from './cluster-protocol';

export interface Placed {
  marker: Marker;
  /** The actor's row for a point, null for a cluster or a stack. */
  row: number | null;
}

/** Markers are asked for a bit beyond the edges so that panning does not show empty borders. */
const BOUNDS_MARGIN = 0.15;

/**
 * Puts on the map the markers of the wanted keys not there yet (`make` builds one, null: none)
 * and removes those not wanted any more. Returns the markers added.
 */
export function syncMarkers(
  map: MapLibreMap,
  markers: Map<string, Placed>,
  wanted: Iterable<{ key: string; lon: number; lat: number; make: () => Placed | null }>,
): Placed[] {
  const seen = new Set<string>();
  const added: Placed[] = [];
  for (const { key, lon, lat, make } of wanted) {
    seen.add(key);
    if (markers.has(key)) continue;
    const placed = make();
    if (!placed) continue;
    placed.marker.setLngLat([lon, lat]).addTo(map);
    markers.set(key, placed);
    added.push(placed);
  }
  for (const [key, { marker }] of markers) {
    if (!seen.has(key)) {
      marker.remove();
      markers.delete(key);
    }
  }
  return added;
}

/**
 * What a marker shows and where: equal keys, same marker. A point's and a stack's rows fix both;
 * a cluster's count, mix and mean position change with the filter.
 */
export function keyOf(item: MapItem): string {
  if (item.type === 'cluster') return `c${item.id}:${item.count}:${item.practices.join(',')}:${item.projects}:${item.lon},${item.lat}`;
  if (item.type === 'stack') return `s${item.rows.join('.')}`;
  return `p${item.row}`;
}

/** The map's box, with a margin, as the worker and the overview are asked for it. */
export function viewBox(map: MapLibreMap): BBox {
  const b = map.getBounds();
  const dx = (b.getEast() - b.getWest()) * BOUNDS_MARGIN;
  const dy = (b.getNorth() - b.getSouth()) * BOUNDS_MARGIN;
  return [
    Math.max(-180, b.getWest() - dx),
    Math.max(-85, b.getSouth() - dy),
    Math.min(180, b.getEast() + dx),
    Math.min(85, b.getNorth() + dy),
  ];
}
