/**
 * The map: created once, fed with the basemap and the actors as they arrive, removed on unmount.
 * Once the data are drawn, the container and the document get `data-map-ready="true"`.
 * Without WebGL it shows a message instead, and the rest of the page keeps working.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { AttributionControl, type Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { detailedBasemapQuery, metaQuery, type Basemap } from '../../state/queries';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { atlasStore } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { FRANCE_BOUNDS, ONLINE_STYLE_URL } from '../../shared/map/config';
import { createAtlasMap } from './atlas-map';
import { BASEMAP_SOURCE, basemapCollection } from './basemap-source';
import { applyInSteps, basemapSwapDiffs } from './basemap-swap';
import { maplibreLocale } from './locale';
import { actorsAttribution, offlineStyle } from './style';
import { MapInstanceContext } from '../../shared/map/map-context';
import { MapLegend } from './map-legend';
import { MapStyleNotice } from './map-style-notice';
import { FIRST_MARKERS_MARK, MAP_INTERACTIVE_MARK, markOnce } from '../../state/perf-marks';
import { fallBackWhenStyleFails } from './online-style';
import { TerritorySwitcher } from './territory-switcher';
import { isPersonMove, useCameraSync, type MoveCause } from './use-camera-sync';
import { useClusterMarkers } from './use-cluster-markers';
import { atIdle, watchIdle, type IdleState } from './idle-state';
import { whenDetailShows } from './basemap-detail';
import {
  awaitsIdle,
  basemapShown,
  createdMap,
  initialLife,
  isBusy,
  isReady,
  isUnsupported,
  loadedMap,
  mapStateAttribute,
  reduce,
  styleFellBack,
  usesOfflineStyle,
  waitsForActors,
  waitsForBasemap,
} from './map-life';
import { hasWebGl } from './webgl';

const FIT_OPTIONS = { padding: 12 } as const;

// The bundled MapLibre cannot find its worker next to itself: tell it where Vite put it.
setWorkerUrl(workerUrl);
// Start MapLibre's worker while React renders: it is on the way to the first frame.
if (hasWebGl()) prewarm();

interface MapViewProps {
  lang: Lang;
  /** Not used with an online style, which brings its own basemap. */
  basemap: Basemap | undefined;
  /**
   * The offline basemap is still loading: the map is created once it is there, with the basemap
   * in its style, so that its first frames draw it (it is preloaded with the page's scripts).
   */
  basemapPending: boolean;
  view: FilteredView | undefined;
  /** Called with the visible bounds after every move (for "limit the list to the map"). */
  onBoundsChange?: (bounds: [number, number, number, number]) => void;
  /** Components that draw on the map (see `MapContext.ts`), rendered once it has loaded. */
  children?: ReactNode;
}

/**
 * On narrow maps MapLibre shows the compact attribution unfolded until the first drag; fold it
 * at once so that it does not cover the map. The ⓘ button unfolds it.
 */
function foldAttribution(map: MapLibreMap): void {
  map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
}

/** A map in `container`, with its controls; null when MapLibre cannot create one. */
function createMap(container: HTMLElement, lang: Lang, basemap: Basemap | undefined): MapLibreMap | null {
  const camera = atlasStore.getState().camera;
  let map: MapLibreMap;
  try {
    map = createAtlasMap({
      container,
      style: ONLINE_STYLE_URL ?? offlineStyle(basemap),
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
        : { bounds: FRANCE_BOUNDS, fitBoundsOptions: FIT_OPTIONS }),
      locale: maplibreLocale(lang),
    });
  } catch (error) {
    console.error(error);
    return null;
  }
  keepFranceInView(map, camera !== null);
  return map;
}

/**
 * Until the reader moves the map, keep the whole of France in view when the map is resized (a
 * notice appears above it, the panel is folded, the phone is turned…). Listens as long as the map
 * lives.
 */
function keepFranceInView(map: MapLibreMap, openedOnCamera: boolean): void {
  let moved = openedOnCamera;
  map.on('movestart', (event: MoveCause) => {
    if (isPersonMove(event)) moved = true;
  });
  map.on('resize', () => {
    if (!moved && atlasStore.getState().camera === null) map.fitBounds(FRANCE_BOUNDS, { ...FIT_OPTIONS, animate: false });
  });
}

export function MapView({ lang, basemap, basemapPending, view, onBoundsChange, children }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [life, dispatch] = useReducer(reduce, ONLINE_STYLE_URL !== undefined, initialLife);
  // Only the first load is waited for: a retry after an error (pending again) keeps the map.
  // Dispatched while rendering (React renders again before committing), so that the map is created
  // right after the render that sees the basemap settled.
  if (!basemapPending && waitsForBasemap(life)) dispatch({ type: 'basemap-settled' });
  const waitForBasemap = waitsForBasemap(life);
  const markerMap = createdMap(life);
  const map = loadedMap(life);
  const offline = usesOfflineStyle(life);
  const ready = isReady(life);
  const unsupported = isUnsupported(life);
  const awaitingIdle = awaitsIdle(life);
  // The basemap the map's sources hold.
  const basemapInMap = useRef<Basemap | undefined>(undefined);
  const idleState = useRef<IdleState | null>(null);

  // Credits, in the page's language. Until the data say there are no samples, they say there are.
  // Declared before the map's creation, so that it is removed while the map is still there.
  const { data: meta } = useQuery(metaQuery());
  const withSample = meta?.counts.sample !== 0;
  useEffect(() => {
    if (!markerMap) return;
    // With `compact` left unset (not the default options), the attribution is folded on maps
    // narrower than 640 px and spelled out on wider ones.
    const control = new AttributionControl({ customAttribution: [actorsAttribution(lang, withSample), 'MapLibre'] });
    markerMap.addControl(control, 'bottom-right');
    // Replaced once the map is on screen: folded again, as on the first view.
    if (markerMap.loaded()) foldAttribution(markerMap);
    return () => {
      markerMap.removeControl(control);
    };
  }, [markerMap, lang, withSample]);

  // Create the map once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || waitForBasemap) return;
    const instance = hasWebGl() ? createMap(container, lang, basemap) : null;
    if (!instance) {
      dispatch({ type: 'unsupported' });
      return;
    }
    const stopWatchingStyle = ONLINE_STYLE_URL ? fallBackWhenStyleFails(instance, () => dispatch({ type: 'style-failed' })) : undefined;
    if (ONLINE_STYLE_URL === undefined) basemapInMap.current = basemap;
    dispatch({ type: 'created', map: instance });
    idleState.current = watchIdle(instance);
    instance.once('load', () => dispatch({ type: 'style-loaded', map: instance }));
    return () => {
      idleState.current?.dispose();
      idleState.current = null;
      stopWatchingStyle?.();
      dispatch({ type: 'removed', map: instance });
      instance.remove();
    };
    // Created once (`waitForBasemap` only turns false): a change of language applies to the
    // controls at the next page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `lang` and `basemap` would re-create the map; see above.
  }, [waitForBasemap]);

  // The simplified basemap first; the detailed one replaces it once the map is interactive and
  // zoomed in far enough for its detail to show (`basemap-detail.ts`).
  const [detailShows, setDetailShows] = useState(false);
  useEffect(() => (map && ready && offline ? whenDetailShows(map, () => setDetailShows(true)) : undefined), [map, ready, offline]);
  const detailed = useQuery({ ...detailedBasemapQuery(), enabled: ready && offline && detailShows });
  const shownBasemap = detailed.data ?? basemap;
  const [detailDrawn, setDetailDrawn] = useState(false);
  useEffect(() => {
    if (!map || !shownBasemap || !offline) return;
    if (shownBasemap === basemapInMap.current) {
      dispatch({ type: 'basemap-drawn' });
      return;
    }
    const source = map.getSource<GeoJSONSource>(BASEMAP_SOURCE);
    if (!source) return;
    const previous = basemapInMap.current;
    basemapInMap.current = shownBasemap;
    let current = true;
    let done = false;
    const next = basemapCollection(shownBasemap);
    // The simplified basemap is small: in one go. The detailed one replaces it in steps.
    const drawn = previous
      ? applyInSteps(source, basemapSwapDiffs(basemapCollection(previous), next), () => current)
      : source.setData(next).then(() => true);
    void drawn.then(
      (applied) => {
        done = applied;
        if (!applied || !current) return;
        dispatch({ type: 'basemap-drawn' });
        setDetailDrawn(shownBasemap === detailed.data);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
      // Stopped half-way: the next run hands over the whole basemap.
      if (!done) basemapInMap.current = undefined;
    };
  }, [map, shownBasemap, offline, detailed.data]);

  // Called after every draw of the markers: only the first one is news, and any dispatch runs this
  // component again, even one that changes nothing.
  const actorsAwaited = waitsForActors(life);
  const [overviewDrawn, setOverviewDrawn] = useState(false);
  const onOverviewDrawn = useCallback(() => setOverviewDrawn(true), []);
  useClusterMarkers(
    markerMap,
    view,
    lang,
    () => {
      if (actorsAwaited) dispatch({ type: 'actors-drawn' });
    },
    onOverviewDrawn,
  );
  const firstMarkersShown = overviewDrawn && basemapShown(life);
  useEffect(() => {
    if (!map || !firstMarkersShown) return;
    return atIdle(map, idleState.current, () => {
      foldAttribution(map);
      markOnce(FIRST_MARKERS_MARK);
    });
  }, [map, firstMarkersShown]);
  useCameraSync(map, onBoundsChange);

  // Ready: the first time the map has loaded and finished rendering with all its data.
  useEffect(() => {
    if (!map || !awaitingIdle) return;
    return atIdle(map, idleState.current, () => {
      foldAttribution(map);
      // Marked before anything that waits for it (the detailed basemap) is asked for.
      markOnce(FIRST_MARKERS_MARK);
      markOnce(MAP_INTERACTIVE_MARK);
      dispatch({ type: 'idle' });
    });
  }, [map, awaitingIdle]);

  useEffect(() => {
    if (unsupported) atlasStore.getState().setMapUnsupported(true);
  }, [unsupported]);

  useEffect(() => {
    if (!ready) return;
    document.documentElement.dataset['mapReady'] = 'true';
    return () => {
      delete document.documentElement.dataset['mapReady'];
    };
  }, [ready]);

  return (
    <div
      className="map-view"
      role="region"
      aria-label={t('map.label', lang)}
      aria-busy={isBusy(life)}
      data-map-state={mapStateAttribute(life)}
      data-map-ready={ready ? 'true' : undefined}
      data-basemap={offline ? (detailDrawn ? 'detailed' : 'simplified') : undefined}
    >
      <div ref={containerRef} className="map-canvas-host" hidden={unsupported} />
      {map ? <TerritorySwitcher map={map} lang={lang} /> : null}
      {map ? <MapLegend lang={lang} /> : null}
      {styleFellBack(life) ? <MapStyleNotice lang={lang} /> : null}
      {map ? <MapInstanceContext.Provider value={map}>{children}</MapInstanceContext.Provider> : null}
      {unsupported ? (
        <div className="map-message" role="alert">
          <p className="map-message-title">{t('map.unsupported.title', lang)}</p>
          <p>{t('map.unsupported.body', lang)}</p>
        </div>
      ) : null}
    </div>
  );
}
