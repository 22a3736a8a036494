/**
 * Draws the near-me radius and origin on the map, and fits the map to the circle and the results
 * listed (the nearest beyond the radius too, when none is within it), clear of the fiche panel,
 * whenever the place, the radius or those results change (at once, without animation, for people
 * who prefer less motion).
 * While nobody has moved the map since, the circle stays fitted when the map is resized (a panel
 * unfolded on a phone). A link that arrives with its own camera keeps it.
 */
import type { MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { nearShape } from './near-circle';
import { formatNear } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { ofPlace } from './strings';
import { atlasStore, useAtlas } from '../../state/store';
import { useNearby, useNearOrigin } from './use-nearby';
import { nearFitBounds } from './near-fit';
import type { FilteredView } from '../../state/use-atlas-data';
import { mapCoverPadding } from '../map/map-cover';
import { cameraAnimates } from '../map/camera-motion';
import { FEATURE_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { NEAR_LAYERS, NEAR_SOURCE, NEAR_WARM_LAYERS, nearWarmSamples } from './map-layers';
import { useWarmLayers } from '../../shared/map/warm-layers';
import { isPersonMove, USER_MOVE } from '../map/use-camera-sync';
import { useGeoJsonOverlay } from '../../shared/map/use-geo-json-overlay';

const MAX_FIT_ZOOM = 12;
/** Tags the fit's own moves, to tell them from the person's (and other features'). */
const NEAR_FIT = { ...USER_MOVE, nearFit: true } as const;

type Bounds = [number, number, number, number];

function fitTo(map: MapLibreMap, [west, south, east, north]: Bounds, animate: boolean): void {
  const { clientWidth, clientHeight } = map.getContainer();
  const margin = Math.round(Math.min(40, clientWidth / 8, clientHeight / 8));
  const padding = mapCoverPadding(map, margin);
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, maxZoom: MAX_FIT_ZOOM, animate },
    NEAR_FIT,
  );
}

export function NearRadiusLayer({ lang, view }: { lang: Lang; view?: FilteredView | undefined }) {
  const map = useMapInstance();
  const near = useAtlas((s) => s.near);
  const radius = useAtlas((s) => s.radius);
  const origin = useNearOrigin();
  const lat = origin.status === 'ready' ? origin.lat : NaN;
  const lon = origin.status === 'ready' ? origin.lon : NaN;
  const shape = useMemo(() => (Number.isNaN(lat) ? null : nearShape({ lat, lon }, radius)), [lat, lon, radius]);
  const nearby = useNearby(view, origin, radius);
  const beyond = nearby?.within.length === 0 ? nearby.beyond : [];
  const beyondRows = beyond.map((hit) => hit.row).join(',');
  const coords = view?.data.columns.coords;
  const fitBounds = useMemo((): Bounds | null => {
    if (!shape) return null;
    const rows = beyondRows === '' ? [] : beyondRows.split(',').map(Number);
    const points = rows.map((row) => [coords?.[2 * row] ?? NaN, coords?.[2 * row + 1] ?? NaN] as const);
    return nearFitBounds(shape.bounds, points);
  }, [shape, beyondRows, coords]);
  const search = near ? `${formatNear(near)}|${radius}` : null;
  const key = search === null ? null : `${search}|${beyondRows}`;
  const fitted = useRef<string | null>(null);
  // Opened from a link with a camera: that camera wins over the fits of that search.
  const linkSearch = useRef<string | null>(atlasStore.getState().camera ? search : null);
  /** The bounds last fitted, while the camera is still that fit's. */
  const held = useRef<Bounds | null>(null);

  const overlay = useMemo(() => (shape ? { [NEAR_SOURCE]: shape.features } : null), [shape]);
  useGeoJsonOverlay(map, overlay, NEAR_LAYERS, FEATURE_BEFORE);
  useWarmLayers(map, NEAR_WARM_LAYERS, nearWarmSamples);

  useEffect(() => {
    // Moves by the person, or made on their behalf (a cluster, a territory button), let go of the
    // circle; a resize also fires `movestart`, without either mark.
    const onMoveStart = (event: MapLibreEvent<unknown> & { nearFit?: boolean; userMove?: boolean }) => {
      if (!event.nearFit && isPersonMove(event)) held.current = null;
    };
    const onResize = () => {
      if (held.current) fitTo(map, held.current, false);
    };
    map.on('movestart', onMoveStart);
    map.on('resize', onResize);
    return () => {
      map.off('movestart', onMoveStart);
      map.off('resize', onResize);
    };
  }, [map]);

  useEffect(() => {
    if (key === null) {
      fitted.current = null;
      held.current = null;
    }
    if (linkSearch.current !== null && linkSearch.current === search) return;
    linkSearch.current = null;
    if (!fitBounds || key === null || search === null || fitted.current === key) return;
    // New results of the same search (a filter changed) follow only a map nobody has moved since.
    const sameSearch = fitted.current?.startsWith(`${search}|`) ?? false;
    fitted.current = key;
    if (sameSearch && held.current === null) return;
    held.current = fitBounds;
    fitTo(map, fitBounds, cameraAnimates(map));
  }, [map, fitBounds, key, search]);

  if (origin.status !== 'ready') return null;
  const place = origin.commune ? ofPlace(origin.commune.name, lang) : t('near.ofPoint', lang, { lat: origin.lat, lon: origin.lon });
  return (
    <p className="visually-hidden" data-testid="near-map-note" data-near-radius={radius}>
      {t('near.mapNote', lang, { radius, place })}
    </p>
  );
}
