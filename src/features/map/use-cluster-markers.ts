/**
 * Keeps the map's markers in step with the filtered actors: the worker clusters, this asks it for
 * what lies in view after every filter change and every move, and adds, keeps or removes DOM
 * markers (kept markers keep their keyboard focus).
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { STACK_ZOOM, type ClusterItem, type MapItem, type PointItem, type StackItem } from '../../core/cluster-index';
import type { DatasetIndex } from '../../core/dataset-index';
import type { Lang } from '../../core/vocabulary';
import { useOverview, type FilteredView } from '../../state/use-atlas-data';
import { atlasStore } from '../../state/store';
import { useOverviewMarkers } from './use-overview-markers';
import { clusterClientFor, prepareClusterClient, startClusterWorker, type ClusterClient } from './cluster-client';
import { onPointColumns } from '../../state/data-files-client';
import { keyOf, syncMarkers, viewBox, type Placed } from './marker-set';
import { clusterElement, pointElement } from './markers';
import { CLUSTERS_DRAWN_MARK } from '../../state/perf-marks';
import { openStackPopup } from './stack-popup';
import { USER_MOVE } from './use-camera-sync';
import { markerRoving, type MarkerRoving } from './marker-roving';

/** What drawing the markers of one map, dataset and language needs. */
interface Scene {
  map: MapLibreMap;
  data: DatasetIndex;
  lang: Lang;
  client: ClusterClient;
  /** The markers on the map, by `keyOf`. */
  markers: Map<string, Placed>;
  /** The number of the latest request to the worker: the answers to older ones are dropped. */
  seq: { current: number };
  /** The markers' one tab stop and arrow keys. */
  roving: MarkerRoving;
  onDrawn: () => void;
}

/**
 * `onFirstRender` is called after every drawing of the worker's answer, `onOverviewDrawn` after
 * every drawing of the first map's overview (a large dataset, before its actors are in).
 */
export function useClusterMarkers(
  map: MapLibreMap | null,
  view: FilteredView | undefined,
  lang: Lang,
  onFirstRender: () => void,
  onOverviewDrawn: () => void = () => {},
): void {
  const data = view?.data;
  const matches = view?.result.matches;
  const clientRef = useClusterClient(data);
  const markersRef = useMarkers(map, data, lang);
  const seqRef = useRef(0);
  const firstRenderRef = useRef(onFirstRender);
  firstRenderRef.current = onFirstRender;
  const overviewDrawnRef = useRef(onOverviewDrawn);
  overviewDrawnRef.current = onOverviewDrawn;
  const overviewDrawn = useCallback(() => overviewDrawnRef.current(), []);
  // Until the actors are in. The overview is of all actors: a filter set meanwhile takes its markers away.
  const overview = useOverview();
  useOverviewMarkers(map, markersRef, lang, data ? undefined : overview, overviewDrawn);
  useEffect(() => {
    if (data || overview) return;
    for (const { marker } of markersRef.current.values()) marker.remove();
    markersRef.current.clear();
  }, [data, overview, markersRef]);

  useEffect(() => {
    const client = clientRef.current;
    if (!map || !data || !matches || !client) return;
    const scene: Scene = {
      map,
      data,
      lang,
      client,
      markers: markersRef.current,
      seq: seqRef,
      roving: markerRoving(map),
      onDrawn: () => firstRenderRef.current(),
    };
    const cancelFilter = requestFilter(scene, matches);
    const stopRefreshing = refreshOnMove(scene);
    // Markers kept from the previous scene are ordered with the new ones.
    scene.roving.update([...scene.markers.values()].map((placed) => placed.marker));
    return () => {
      cancelFilter();
      stopRefreshing();
      scene.roving.dispose();
    };
  }, [map, data, matches, lang, clientRef, markersRef]);

  useSelectedHighlight(data, markersRef);
}

/**
 * The worker starts indexing as soon as the actors' point columns are there (ahead of their rows),
 * while the map is still loading.
 */
function useClusterClient(data: DatasetIndex | undefined): RefObject<ClusterClient | null> {
  const clientRef = useRef<ClusterClient | null>(null);
  // The columns, not the index: links that come later give a new index with the same columns.
  const columns = data?.columns;
  useEffect(() => {
    startClusterWorker();
    return onPointColumns(prepareClusterClient);
  }, []);
  useEffect(() => {
    if (!columns) return;
    const client = clusterClientFor(columns);
    clientRef.current = client;
    return () => {
      client.dispose();
      clientRef.current = null;
    };
  }, [columns]);
  return clientRef;
}

/**
 * The markers on the map, cleared here (and above, for a filter set over the overview): kept across
 * filters, moves and links that arrive, and from the overview to the first actors, not across
 * actors replaced, maps or languages (their names are spoken).
 */
function useMarkers(map: MapLibreMap | null, data: DatasetIndex | undefined, lang: Lang): RefObject<Map<string, Placed>> {
  const markersRef = useRef(new Map<string, Placed>());
  const generation = useActorsGeneration(data?.features);
  useEffect(() => {
    const markers = markersRef.current;
    return () => {
      for (const { marker } of markers.values()) marker.remove();
      markers.clear();
    };
  }, [map, generation, lang]);
  return markersRef;
}

/** A number that changes when actors replace other actors, not when the first ones arrive. */
function useActorsGeneration(features: DatasetIndex['features'] | undefined): number {
  const [seen, setSeen] = useState({ features, generation: 0 });
  if (features && features !== seen.features) setSeen({ features, generation: seen.features ? seen.generation + 1 : seen.generation });
  return seen.generation;
}

/** The selected actor's marker stands out. */
function useSelectedHighlight(data: DatasetIndex | undefined, markersRef: RefObject<Map<string, Placed>>): void {
  useEffect(() => {
    if (!data) return;
    return atlasStore.subscribe((s, prev) => {
      if (s.selected === prev.selected) return;
      for (const placed of markersRef.current.values()) showSelected(placed, data, s.selected);
    });
  }, [data, markersRef]);
}

/**
 * A new filter: one round trip to the worker for the new counts and the items in view together.
 * Markers whose look and place did not change are kept (see `keyOf`). Returns a cancel.
 */
function requestFilter(scene: Scene, matches: Uint8Array): () => void {
  let cancelled = false;
  const seq = ++scene.seq.current;
  void scene.client.filter(matches, { bbox: viewBox(scene.map), zoom: scene.map.getZoom() }).then(({ items }) => {
    if (cancelled || seq !== scene.seq.current) return;
    draw(scene, items);
    requestAnimationFrame(() => {
      performance.clearMarks(CLUSTERS_DRAWN_MARK);
      performance.mark(CLUSTERS_DRAWN_MARK);
    });
  });
  return () => {
    cancelled = true;
  };
}

/** After every move, the items now in view. Returns a function that stops listening. */
function refreshOnMove(scene: Scene): () => void {
  const onMove = () => void refresh(scene);
  scene.map.on('moveend', onMove);
  return () => {
    scene.map.off('moveend', onMove);
  };
}

async function refresh(scene: Scene): Promise<void> {
  const seq = ++scene.seq.current;
  const { items } = await scene.client.items(viewBox(scene.map), scene.map.getZoom());
  if (seq !== scene.seq.current) return;
  draw(scene, items);
}

function draw(scene: Scene, items: MapItem[]): void {
  placeMarkers(scene, items);
  scene.onDrawn();
}

/** Adds the markers of the items not on the map yet, and removes those of items gone. */
function placeMarkers(scene: Scene, items: MapItem[]): void {
  const selected = atlasStore.getState().selected;
  const added = syncMarkers(
    scene.map,
    scene.markers,
    items.map((item) => ({
      key: keyOf(item),
      lon: item.lon,
      lat: item.lat,
      make: () => (item.type === 'point' ? pointMarker(scene, item) : clusterMarker(scene, item)),
    })),
  );
  for (const placed of added) showSelected(placed, scene.data, selected);
  scene.roving.update([...scene.markers.values()].map((placed) => placed.marker));
}

function showSelected({ marker, row }: Placed, data: DatasetIndex, selected: string | null): void {
  if (row !== null) marker.getElement().classList.toggle('is-selected', data.features[row]?.properties.id === selected);
}

function pointMarker({ data, lang }: Scene, item: PointItem): Placed | null {
  const actor = data.features[item.row]?.properties;
  if (!actor) return null;
  const el = pointElement(actor, lang);
  el.addEventListener('click', (e) => {
    e.stopPropagation();
    atlasStore.getState().select(actor.id);
  });
  return { marker: new Marker({ element: el }), row: item.row };
}

function clusterMarker(scene: Scene, item: ClusterItem | StackItem): Placed {
  const el = clusterElement(item, scene.lang);
  el.addEventListener('click', (e) => {
    e.stopPropagation();
    if (item.type === 'stack') openStack(scene, item);
    else void zoomInto(scene, item);
  });
  return { marker: new Marker({ element: el }), row: null };
}

async function zoomInto({ map, client }: Scene, cluster: ClusterItem): Promise<void> {
  const { zoom } = await client.expansionZoom(cluster.id);
  map.easeTo({ center: [cluster.lon, cluster.lat], zoom: Math.min(zoom, STACK_ZOOM) }, USER_MOVE);
}

function openStack({ map, data, lang }: Scene, stack: StackItem): void {
  const actors = stack.rows.map((r) => data.features[r]?.properties).filter((a) => a !== undefined);
  openStackPopup(map, [stack.lon, stack.lat], actors, lang, (id) => atlasStore.getState().select(id));
}
