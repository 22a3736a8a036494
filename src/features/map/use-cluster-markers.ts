/**
 * Keeps the map's markers in step with the filtered actors: the worker clusters, this asks it for
 * what lies in view after every filter change and every move, and adds, keeps or removes DOM
 * markers (kept markers keep their keyboard focus).
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { STACK_ZOOM, type MapItem, type StackItem } from './cluster-index';
import type { Lang } from '../../core/vocabulary';
import type { FilteredView } from '../../state/use-atlas-data';
import { atlasStore } from '../../state/store';
import { createClusterClient, type ClusterClient } from './cluster-client';
import { clusterElement, pointElement } from './markers';
import { CLUSTERS_DRAWN_MARK } from '../../shared/perf-marks';
import { openStackPopup } from './stack-popup';
import { USER_MOVE } from './use-camera-sync';

/** Markers are asked for a bit beyond the edges so that panning does not show empty borders. */
const BOUNDS_MARGIN = 0.15;

interface Placed {
  marker: Marker;
  row: number | null;
}

export function useClusterMarkers(
  map: MapLibreMap | null,
  view: FilteredView | undefined,
  lang: Lang,
  onFirstRender: () => void,
): void {
  const clientRef = useRef<ClusterClient | null>(null);
  const markersRef = useRef(new Map<string, Placed>());
  const seqRef = useRef(0);
  const data = view?.data;
  const matches = view?.result.matches;
  const firstRenderRef = useRef(onFirstRender);
  firstRenderRef.current = onFirstRender;

  // The worker starts indexing as soon as the data are there, while the map is still loading.
  useEffect(() => {
    if (!data) return;
    const client = createClusterClient();
    clientRef.current = client;
    void client.init(data.columns);
    return () => {
      client.dispose();
      clientRef.current = null;
    };
  }, [data]);

  // Markers are kept across filters and moves, not across datasets, maps or languages (their
  // names are spoken).
  useEffect(() => {
    const markers = markersRef.current;
    return () => {
      for (const { marker } of markers.values()) marker.remove();
      markers.clear();
    };
  }, [map, data, lang]);

  useEffect(() => {
    const client = clientRef.current;
    if (!map || !data || !matches || !client) return;
    const markers = markersRef.current;

    const viewBox = (): [number, number, number, number] => {
      const b = map.getBounds();
      const dx = (b.getEast() - b.getWest()) * BOUNDS_MARGIN;
      const dy = (b.getNorth() - b.getSouth()) * BOUNDS_MARGIN;
      return [
        Math.max(-180, b.getWest() - dx),
        Math.max(-85, b.getSouth() - dy),
        Math.min(180, b.getEast() + dx),
        Math.min(85, b.getNorth() + dy),
      ];
    };

    const refresh = async () => {
      const seq = ++seqRef.current;
      const { items } = await client.items(viewBox(), map.getZoom());
      if (seq !== seqRef.current) return;
      render(items);
      firstRenderRef.current();
    };

    const render = (items: MapItem[]) => {
      const selected = atlasStore.getState().selected;
      const seen = new Set<string>();
      for (const item of items) {
        const key = keyOf(item);
        seen.add(key);
        if (markers.has(key)) continue;
        const placed = createMarker(item);
        if (!placed) continue;
        placed.marker.setLngLat([item.lon, item.lat]).addTo(map);
        if (placed.row !== null) {
          placed.marker.getElement().classList.toggle('is-selected', data.features[placed.row]?.properties.id === selected);
        }
        markers.set(key, placed);
      }
      for (const [key, { marker }] of markers) {
        if (!seen.has(key)) {
          marker.remove();
          markers.delete(key);
        }
      }
    };

    const createMarker = (item: MapItem): Placed | null => {
      if (item.type === 'point') {
        const actor = data.features[item.row]?.properties;
        if (!actor) return null;
        const el = pointElement(actor, lang);
        el.addEventListener('click', (e) => {
          e.stopPropagation();
          atlasStore.getState().select(actor.id);
        });
        return { marker: new Marker({ element: el }), row: item.row };
      }
      const el = clusterElement(item, lang);
      el.addEventListener('click', (e) => {
        e.stopPropagation();
        if (item.type === 'stack') openStack(item);
        else void zoomInto(item.id, item.lon, item.lat);
      });
      return { marker: new Marker({ element: el }), row: null };
    };

    const zoomInto = async (clusterId: number, lon: number, lat: number) => {
      const { zoom } = await client.expansionZoom(clusterId);
      map.easeTo({ center: [lon, lat], zoom: Math.min(zoom, STACK_ZOOM) }, USER_MOVE);
    };

    const openStack = (item: StackItem) => {
      const actors = item.rows.map((r) => data.features[r]?.properties).filter((a) => a !== undefined);
      openStackPopup(map, [item.lon, item.lat], actors, lang, (id) => atlasStore.getState().select(id));
    };

    // A new filter: one round trip to the worker for the new counts and the items in view
    // together. Markers whose look and place did not change are kept (see `keyOf`).
    let cancelled = false;
    const seq = ++seqRef.current;
    void client.filter(matches, { bbox: viewBox(), zoom: map.getZoom() }).then(({ items }) => {
      if (cancelled || seq !== seqRef.current) return;
      render(items);
      firstRenderRef.current();
      requestAnimationFrame(() => {
        performance.clearMarks(CLUSTERS_DRAWN_MARK);
        performance.mark(CLUSTERS_DRAWN_MARK);
      });
    });
    const onMove = () => void refresh();
    map.on('moveend', onMove);
    return () => {
      cancelled = true;
      map.off('moveend', onMove);
    };
  }, [map, data, matches, lang]);

  // The selected actor's marker stands out.
  useEffect(() => {
    if (!data) return;
    return atlasStore.subscribe((s, prev) => {
      if (s.selected === prev.selected) return;
      for (const { marker, row } of markersRef.current.values()) {
        if (row !== null) marker.getElement().classList.toggle('is-selected', data.features[row]?.properties.id === s.selected);
      }
    });
  }, [data]);
}

/**
 * What a marker shows and where: equal keys, same marker. A point's and a stack's rows fix both;
 * a cluster's count, mix and mean position change with the filter.
 */
function keyOf(item: MapItem): string {
  if (item.type === 'cluster') return `c${item.id}:${item.count}:${item.practices.join(',')}:${item.projects}:${item.lon},${item.lat}`;
  if (item.type === 'stack') return `s${item.rows.join('.')}`;
  return `p${item.row}`;
}
