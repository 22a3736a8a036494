/**
 * The map's camera in the store (and so in the URL): moves made by the person, or on their behalf
 * (a cluster click, a territory button), are written; a camera that arrives from the URL (back,
 * forward) moves the map.
 */
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Camera } from '../../core/url-state';
import { atlasStore } from '../../state/store';

/** Pass as `eventData` to a programmatic move that should be remembered in the URL. */
export const USER_MOVE = { userMove: true } as const;

/** What a `movestart` carries about its cause. */
export interface MoveCause {
  originalEvent?: unknown;
  userMove?: boolean;
}

/**
 * A move by the person (drag, wheel, keys) or made on their behalf (`USER_MOVE`); a resize or a
 * camera set from the URL is neither.
 */
export function isPersonMove(event: MoveCause): boolean {
  return Boolean(event.originalEvent || event.userMove);
}

const SAME_ZOOM = 0.01;
const SAME_DEGREES = 1e-5;

type MoveEvent = MapLibreEvent<unknown> & MoveCause;

export function useCameraSync(map: MapLibreMap | null, onBoundsChange?: (b: [number, number, number, number]) => void): void {
  useEffect(() => {
    if (!map) return;
    let userInitiated = false;
    const reportBounds = () => {
      const b = map.getBounds();
      onBoundsChange?.([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    };
    const onMoveStart = (e: MoveEvent) => {
      if (isPersonMove(e)) userInitiated = true;
    };
    const onMoveEnd = () => {
      reportBounds();
      if (!userInitiated) return;
      userInitiated = false;
      const c = map.getCenter();
      atlasStore.getState().setCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    };
    map.on('movestart', onMoveStart);
    map.on('moveend', onMoveEnd);
    reportBounds();
    const unsubscribe = atlasStore.subscribe((s, prev) => {
      if (s.camera === prev.camera || !s.camera || sameCamera(map, s.camera)) return;
      map.jumpTo({ center: [s.camera.lon, s.camera.lat], zoom: s.camera.zoom });
    });
    return () => {
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
      unsubscribe();
    };
  }, [map, onBoundsChange]);
}

function sameCamera(map: MapLibreMap, c: Camera): boolean {
  const center = map.getCenter();
  return (
    Math.abs(map.getZoom() - c.zoom) < SAME_ZOOM &&
    Math.abs(center.lng - c.lon) < SAME_DEGREES &&
    Math.abs(center.lat - c.lat) < SAME_DEGREES
  );
}
