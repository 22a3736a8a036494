/**
 * The map follows the fiche that is opened (from the list, the near-me results, a shared link, the
 * embed's `select`): when the actor lies outside the part of the map the fiche panel leaves free,
 * the camera brings it there, and a ring drawn above the markers and clusters shows where it is.
 * While the fiche stays open and nobody has moved the map, a panel that grows (its details
 * arriving, a phone's sheet) or a map shown again (back from the list) brings the actor back into view.
 */
import { Marker, type Map as MapLibreMap, type MapLibreEvent } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { useMapInstance } from '../../shared/map/map-context';
import { clearViewOffset, inClearView } from './follow-camera';
import { mapCoverElements, mapCoverPadding } from './map-cover';
import { cameraAnimates } from './camera-motion';
import { isPersonMove, USER_MOVE, type MoveCause } from './use-camera-sync';
import './follow-selection.css';

/** The zoom at least shown when the actor was off the map altogether (another territory, far away). */
const FAR_ZOOM = 8;
/** Tags the follow's own moves, to tell them from the person's. */
const FOLLOW_MOVE = { ...USER_MOVE, followSelection: true } as const;

type LonLat = [number, number];

/** Moves the camera so that `point` is in the clear part of the map; false when it already was. */
export function bringIntoView(map: MapLibreMap, point: LonLat, animate: boolean): boolean {
  const padding = mapCoverPadding(map);
  const container = map.getContainer();
  const size = { width: container.clientWidth, height: container.clientHeight };
  // A hidden map (the list is shown): followed when it is shown again (its `resize`).
  if (size.width === 0 || size.height === 0) return false;
  const screen = map.project(point);
  if (inClearView(screen, size, padding)) return false;
  const offMap = screen.x < 0 || screen.y < 0 || screen.x > size.width || screen.y > size.height;
  const zoom = offMap ? Math.max(map.getZoom(), FAR_ZOOM) : map.getZoom();
  map.easeTo({ center: point, zoom, offset: clearViewOffset(padding), duration: animate ? 600 : 0 }, FOLLOW_MOVE);
  return true;
}

function ringElement(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'atlas-selected-ring';
  el.setAttribute('aria-hidden', 'true');
  el.dataset['testid'] = 'selected-ring';
  return el;
}

export function FollowSelection({ view }: { view: FilteredView | undefined }) {
  const map = useMapInstance();
  const selected = useAtlas((s) => s.selected);
  const data = view?.data;
  const point = useMemo((): LonLat | null => {
    const row = selected === null ? undefined : data?.rowOf.get(selected);
    if (row === undefined || !data) return null;
    const lon = data.columns.coords[2 * row] ?? NaN;
    const lat = data.columns.coords[2 * row + 1] ?? NaN;
    return Number.isNaN(lon) || Number.isNaN(lat) ? null : [lon, lat];
  }, [data, selected]);
  const lon = point?.[0];
  const lat = point?.[1];

  useEffect(() => {
    if (lon === undefined || lat === undefined) return;
    const target: LonLat = [lon, lat];
    const ring = new Marker({ element: ringElement() }).setLngLat(target).addTo(map);
    let held = true;
    const onMoveStart = (event: MapLibreEvent<unknown> & MoveCause & { followSelection?: boolean }) => {
      if (!event.followSelection && isPersonMove(event)) held = false;
    };
    let settled = false;
    map.on('movestart', onMoveStart);
    // Measured once the panel is laid out (it renders with the selection).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        settled = true;
        bringIntoView(map, target, cameraAnimates(map));
      });
    });
    const follow = () => {
      if (settled && held && !map.isMoving()) bringIntoView(map, target, false);
    };
    const observer = new ResizeObserver(follow);
    for (const el of mapCoverElements()) observer.observe(el);
    map.on('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      map.off('resize', follow);
      map.off('movestart', onMoveStart);
      ring.remove();
    };
  }, [map, lon, lat]);

  return null;
}
