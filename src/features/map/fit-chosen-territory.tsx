/**
 * Choosing a région or a département in the filters fits the map to it, clear of the panels lying
 * over the map (`mapCoverPadding`); clearing the choice shows France again. Only changes are
 * followed: a camera opened from a link stays as it was. While the map is hidden (the list or the
 * graph on screen), the fit waits until it is shown.
 */
import { useQuery } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { basemapQuery } from '../../state/queries';
import { atlasStore } from '../../state/store';
import { useMapInstance } from '../../shared/map/map-context';
import { FRANCE_BOUNDS } from '../../shared/map/config';
import { mapCoverPadding } from './map-cover';
import { cameraAnimates } from './camera-motion';
import { chosenExtent, type Extent, type TerritoryShapes } from './territory-extent';
import { USER_MOVE } from './use-camera-sync';

/** A département fills the map, without going down to the streets of a small one. */
const MAX_ZOOM = 10;

function fit(map: MapLibreMap, extent: Extent): boolean {
  const container = map.getContainer();
  if (container.clientWidth === 0 || container.clientHeight === 0) return false;
  map.fitBounds(extent, { padding: mapCoverPadding(map), maxZoom: MAX_ZOOM, duration: cameraAnimates(map) ? 600 : 0 }, USER_MOVE);
  // Where the fit ends goes in the URL, so that the link shared then opens there.
  map.once('moveend', () => {
    const { lng, lat } = map.getCenter();
    atlasStore.getState().setCamera({ lon: lng, lat, zoom: map.getZoom() });
  });
  return true;
}

export function FitChosenTerritory() {
  const map = useMapInstance();
  const { data: basemap } = useQuery(basemapQuery());

  useEffect(() => {
    if (!basemap) return;
    const shapes: TerritoryShapes = basemap;
    let pending: Extent | null = null;
    let frame = 0;
    // After the map's own resize handlers (which keep France in view until the person moves it).
    const onResize = () => {
      if (!pending) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (pending && fit(map, pending)) pending = null;
      });
    };
    const unsubscribe = atlasStore.subscribe((s, prev) => {
      if (sameCodes(s.filters.regions, prev.filters.regions) && sameCodes(s.filters.departements, prev.filters.departements)) return;
      // A new région clears the département in a second update: fit once, to where they end.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { regions, departements } = atlasStore.getState().filters;
        const extent = chosenExtent(shapes, regions, departements) ?? FRANCE_BOUNDS;
        pending = fit(map, extent) ? null : extent;
      });
    });
    map.on('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      map.off('resize', onResize);
    };
  }, [map, basemap]);

  return null;
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i]);
}
