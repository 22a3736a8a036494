/**
 * The map of a very large dataset (`meta.json` has `tiles`): the actors come from the PMTiles
 * archive by range requests, never as one file. The clusters are the archive's own (made by the
 * pipeline with supercluster, `pipeline/actor-tiles.ts`), drawn as the same DOM markers as the
 * loaded map (`markers.ts`): rings split by practice with their count, dots and diamonds. The
 * practice, kind and profile filters apply to them (`tiled-filter.ts`).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { AttributionControl, type Map as MapLibreMap, Marker, setWorkerUrl, type MapSourceDataEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ACTORS_TILE_LAYER, practiceKey } from '../../core/actor-tile-keys';
import type { Filters } from '../../core/filters';
import type { ActorProperties } from '../../core/model';
import { PRACTICES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { FRANCE_BOUNDS, MAX_ZOOM } from '../../shared/map/config';
import { createAtlasMap } from './atlas-map';
import { MapInstanceContext } from '../../shared/map/map-context';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { ViewBoundary } from '../../shared/ui/view-boundary';
import { CLUSTERS_DRAWN_MARK, FIRST_MARKERS_MARK, MAP_INTERACTIVE_MARK, markOnce } from '../../state/perf-marks';
import { basemapQuery, metaQuery } from '../../state/queries';
import { atlasStore, useAtlas } from '../../state/store';
import { NearRadiusLayer } from '../near-me/near-radius-layer';
import { MapLegend } from './map-legend';
import { clusterElement, pointElement } from './markers';
import { actorsAttribution, offlineStyle } from './style';
import { clusterCount, isCluster, pointMatches, type TileProps } from './tiled-filter';
import { prefetchArchive, TILED_SOURCE, tiledSource } from './tiled-source';
import type { ClusterItem } from '../../core/cluster-index';
import { hasWebGl } from './webgl';

setWorkerUrl(workerUrl);

export interface TilesInfo {
  file: string;
  maxZoom: number;
  points: number;
}

/** An invisible layer: MapLibre loads a source's tiles only for a layer that uses them. */
const LOAD_LAYER = 'actors-tiles-load';

interface Placed {
  marker: Marker;
  /** What the marker shows, to rebuild it only when that changes. */
  signature: string;
}

export function TiledMapArea({ id, lang, tiles }: { id: string; lang: Lang; tiles: TilesInfo }) {
  const basemap = useQuery(basemapQuery());
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const [ready, setReady] = useState(false);
  // Layers drawn over the map (the near-me radius) wait for its style.
  const [loaded, setLoaded] = useState(false);
  const filters = useAtlas((s) => s.filters);
  const sample = useQuery(metaQuery()).data?.counts.sample !== 0;
  const basemapSettled = !basemap.isPending;
  // The archive's header and root directory (its first 16 KB) while the basemap arrives.
  useEffect(() => prefetchArchive(tiles.file), [tiles.file]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !basemapSettled) return;
    if (!hasWebGl()) {
      setUnsupported(true);
      atlasStore.getState().setMapUnsupported(true);
      return;
    }
    // The tiles' source is in the style from the start: its tiles are asked for with the
    // basemap's first frame, not after it.
    const style = offlineStyle(basemap.data);
    style.sources[TILED_SOURCE] = tiledSource(tiles.file, tiles.maxZoom);
    style.layers.push({
      id: LOAD_LAYER,
      type: 'circle',
      source: TILED_SOURCE,
      'source-layer': ACTORS_TILE_LAYER,
      paint: { 'circle-opacity': 0, 'circle-radius': 1 },
    });
    const instance = createAtlasMap({ container, style, bounds: FRANCE_BOUNDS, fitBoundsOptions: { padding: 12 } });
    instance.addControl(
      new AttributionControl({ customAttribution: [actorsAttribution(lang, sample), 'MapLibre', 'PMTiles'] }),
      'bottom-right',
    );
    setMap(instance);
    instance.once('load', () => setLoaded(true));
    return () => {
      setLoaded(false);
      setMap(null);
      instance.remove();
    };
    // Created once the basemap is settled; language and samples apply at the next page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above.
  }, [basemapSettled, tiles.file, tiles.maxZoom]);

  // Markers: after every move once the tiles in view are in (`idle`), and at every filter change.
  const markers = useRef(new Map<string, Placed>());
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  useEffect(() => {
    if (!map) return;
    const placed = markers.current;
    const draw = () => {
      if (!tilesIn(map)) return;
      drawMarkers(map, filtersRef.current, lang, placed);
      performance.mark(CLUSTERS_DRAWN_MARK);
      if (!document.documentElement.dataset['mapReady']) {
        markOnce(FIRST_MARKERS_MARK);
        markOnce(MAP_INTERACTIVE_MARK);
        document.documentElement.dataset['mapReady'] = 'true';
        setReady(true);
      }
    };
    // The first markers as soon as the tiles in view are in (the basemap may still be drawing);
    // then after every move, once the map is idle.
    const onData = (event: MapSourceDataEvent) => {
      if (event.sourceId !== TILED_SOURCE || !tilesIn(map)) return;
      map.off('sourcedata', onData);
      draw();
    };
    map.on('sourcedata', onData);
    map.on('idle', draw);
    draw();
    return () => {
      map.off('sourcedata', onData);
      map.off('idle', draw);
    };
  }, [map, lang]);
  useEffect(() => {
    if (!map || !tilesIn(map)) return;
    drawMarkers(map, filters, lang, markers.current);
    performance.mark(CLUSTERS_DRAWN_MARK);
  }, [map, filters, lang]);
  useEffect(
    () => () => {
      for (const { marker } of markers.current.values()) marker.remove();
      markers.current.clear();
      delete document.documentElement.dataset['mapReady'];
    },
    [],
  );

  return (
    <div id={id} className="map-area" tabIndex={-1}>
      <div
        className="map-view"
        role="region"
        aria-label={t('map.label', lang)}
        aria-busy={!ready}
        data-map-ready={ready ? 'true' : undefined}
        data-tiled="true"
      >
        <div ref={containerRef} className="map-canvas-host" hidden={unsupported} />
        {map ? <MapLegend lang={lang} /> : null}
        {map && loaded ? (
          <MapInstanceContext.Provider value={map}>
            <ViewBoundary lang={lang} className="map-overlay">
              <NearRadiusLayer lang={lang} />
            </ViewBoundary>
          </MapInstanceContext.Provider>
        ) : null}
        {unsupported ? (
          <div className="map-message" role="alert">
            <p className="map-message-title">{t('map.unsupported.title', lang)}</p>
            <p>{t('map.unsupported.body', lang)}</p>
          </div>
        ) : null}
      </div>
      {basemap.error ? (
        <div className="map-overlay">
          <QueryErrorMessage lang={lang} error={basemap.error} onRetry={() => void basemap.refetch()} />
        </div>
      ) : !ready && !unsupported ? (
        <div className="map-overlay map-overlay-quiet">
          <LoadingStatus text={t('tiled.loading', lang)} />
        </div>
      ) : null}
    </div>
  );
}

/** Whether the tiles in view are loaded (false too while the style is still being set up). */
function tilesIn(map: MapLibreMap): boolean {
  return map.getSource(TILED_SOURCE) !== undefined && map.isSourceLoaded(TILED_SOURCE);
}

/** The markers of the tiles in view under the filters: kept, added or removed by key. */
function drawMarkers(map: MapLibreMap, filters: Filters, lang: Lang, placed: Map<string, Placed>): void {
  const bounds = map.getBounds();
  const zoom = map.getZoom();
  const wanted = new Map<string, { lon: number; lat: number; signature: string; element: () => HTMLElement; onClick: () => void }>();
  for (const f of map.querySourceFeatures(TILED_SOURCE, { sourceLayer: ACTORS_TILE_LAYER })) {
    if (f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    if (!bounds.contains([lon, lat])) continue;
    const props = f.properties as TileProps;
    const zoomIn = () => map.easeTo({ center: [lon, lat], zoom: Math.min(MAX_ZOOM, Math.floor(zoom) + 2) });
    if (isCluster(props)) {
      const key = `c${String(props['cluster_id'])}`;
      const { count, exact } = clusterCount(props, filters);
      if (count === 0 || wanted.has(key)) continue;
      const chosen = filters.practices.length > 0 ? filters.practices : PRACTICES.codes;
      const practices = PRACTICES.codes.map((p) =>
        chosen.includes(p) ? Number(props[practiceKey(p)] ?? 0) : 0,
      ) as ClusterItem['practices'];
      const item: ClusterItem = {
        type: 'cluster',
        id: Number(props['cluster_id']),
        lon,
        lat,
        count,
        practices,
        projects: Number(props['k_project'] ?? 0),
      };
      wanted.set(key, {
        lon,
        lat,
        signature: `${count}|${exact ? 1 : 0}|${practices.join(',')}|${lang}`,
        element: () => boundedCluster(clusterElement(item, lang), exact, lang),
        onClick: zoomIn,
      });
    } else {
      const key = `r${String(props['row'])}`;
      if (!pointMatches(props, filters) || wanted.has(key)) continue;
      const actor = {
        name: String(props['name'] ?? ''),
        kind: props['k_project'] === 1 ? 'project' : 'actor',
        practices: PRACTICES.codes.filter((p) => props[practiceKey(p)] === 1),
        sample: props['sample'] === 1,
        precision: 'commune',
      } as unknown as ActorProperties;
      wanted.set(key, { lon, lat, signature: lang, element: () => pointElement(actor, lang), onClick: zoomIn });
    }
  }
  for (const [key, p] of placed) {
    const next = wanted.get(key);
    if (!next || next.signature !== p.signature) {
      p.marker.remove();
      placed.delete(key);
    }
  }
  for (const [key, w] of wanted) {
    if (placed.has(key)) continue;
    const element = w.element();
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      w.onClick();
    });
    const marker = new Marker({ element }).setLngLat([w.lon, w.lat]).addTo(map);
    placed.set(key, { marker, signature: w.signature });
  }
}

/** A cluster whose count is an upper bound says so: "≤ 120", and "au plus" in its name. */
function boundedCluster(element: HTMLButtonElement, exact: boolean, lang: Lang): HTMLButtonElement {
  if (exact) return element;
  const label = element.querySelector('.atlas-cluster-count');
  if (label) label.textContent = `≤${label.textContent ?? ''}`;
  const name = `${t('tiled.cluster.atMost', lang)} ${element.getAttribute('aria-label') ?? ''}`;
  element.setAttribute('aria-label', name);
  element.title = name;
  return element;
}
