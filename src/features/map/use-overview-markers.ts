/**
 * The first map's markers of a large dataset, drawn from its overview (`overview.json`, see
 * `core/cluster-overview.ts`) while the actors' file is still read and clustered: the same
 * clusters and points the clustering worker gives without a filter, so that its first answer keeps
 * them all. Shown only before the actors are in and while no filter is set (the overview is of all
 * actors); the markers stay until the worker's answer replaces them.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, type RefObject } from 'react';
import { STACK_ZOOM, type ClusterItem } from '../../core/cluster-index';
import { overviewFits, overviewInView, type ClusterOverview, type OverviewCluster, type OverviewPoint } from '../../core/cluster-overview';
import type { Lang } from '../../core/vocabulary';
import { atlasStore } from '../../state/store';
import { clusterElement, pointElement } from './markers';
import { keyOf, syncMarkers, viewBox, type Placed } from './marker-set';
import { markerRoving } from './marker-roving';
import { USER_MOVE } from './use-camera-sync';

/**
 * Draws the markers of `overview` (while it is given: see `useOverview`) on `map`, and again after
 * every move; calls `onDrawn` after each drawing.
 */
export function useOverviewMarkers(
  map: MapLibreMap | null,
  markersRef: RefObject<Map<string, Placed>>,
  lang: Lang,
  overview: ClusterOverview | undefined,
  onDrawn: () => void,
): void {
  useEffect(() => {
    if (!map || !overview || !overviewFits(overview)) return;
    const roving = markerRoving(map);
    const draw = () => {
      drawOverview(map, markersRef.current, overview, lang);
      roving.update([...markersRef.current.values()].map((placed) => placed.marker));
      onDrawn();
    };
    draw();
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      roving.dispose();
    };
  }, [map, markersRef, overview, lang, onDrawn]);
}

function drawOverview(map: MapLibreMap, markers: Map<string, Placed>, overview: ClusterOverview, lang: Lang): void {
  const { clusters, points } = overviewInView(overview, viewBox(map), map.getZoom());
  syncMarkers(map, markers, [
    ...clusters.map((cluster) => {
      const item: ClusterItem = { type: 'cluster', ...cluster };
      return { key: keyOf(item), lon: item.lon, lat: item.lat, make: () => clusterMarker(map, cluster, lang) };
    }),
    ...points.map((point) => ({
      key: keyOf({ type: 'point', ...point }),
      lon: point.lon,
      lat: point.lat,
      make: () => pointMarker(point, lang),
    })),
  ]);
}

function clusterMarker(map: MapLibreMap, { expansion, ...cluster }: OverviewCluster, lang: Lang): Placed {
  const el = clusterElement({ type: 'cluster', ...cluster }, lang);
  el.addEventListener('click', (e) => {
    e.stopPropagation();
    map.easeTo({ center: [cluster.lon, cluster.lat], zoom: Math.min(expansion, STACK_ZOOM) }, USER_MOVE);
  });
  return { marker: new Marker({ element: el }), row: null };
}

function pointMarker({ row, actor }: OverviewPoint, lang: Lang): Placed {
  const el = pointElement(actor, lang);
  el.addEventListener('click', (e) => {
    e.stopPropagation();
    atlasStore.getState().select(actor.id);
  });
  return { marker: new Marker({ element: el }), row };
}
