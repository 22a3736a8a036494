/**
 * Whether the camera's moves are animated: not where the person asks for less motion, and not
 * where the map draws slowly. A 600-ms flight on a map that draws a frame in 60–120 ms (drawn in
 * software, a slow device) is a handful of jerky frames that hold the machine for its whole
 * length, and the next click waits for them: there the camera jumps. How fast the map draws is
 * read from the frames of its moves (a pan, a zoom, a first animation).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { prefersReducedMotion } from './map-cover';

/** Frames slower than this (under 20 a second) do not make an animation. */
export const SMOOTH_FRAME_MS = 50;

/** Weight of the latest frame in the running estimate. */
const LATEST = 0.3;

const paces = new WeakMap<MapLibreMap, { frameMs: number | null }>();

/** Times the frames `map` draws while it moves, until it is removed. */
export function followFramePace(map: MapLibreMap, now: () => number = () => performance.now()): void {
  const pace = { frameMs: null as number | null };
  paces.set(map, pace);
  let last: number | null = null;
  map.on('movestart', () => {
    last = null;
  });
  map.on('render', () => {
    if (!map.isMoving()) return;
    const time = now();
    if (last !== null) {
      const frame = time - last;
      pace.frameMs = pace.frameMs === null ? frame : (1 - LATEST) * pace.frameMs + LATEST * frame;
    }
    last = time;
  });
}

/** The frame time measured on `map`'s moves, null before any. */
export function framePace(map: MapLibreMap): number | null {
  return paces.get(map)?.frameMs ?? null;
}

/** Whether a camera move of `map` is animated: yes until its frames are known to be slow. */
export function cameraAnimates(map: MapLibreMap): boolean {
  const frameMs = framePace(map);
  return !prefersReducedMotion() && (frameMs === null || frameMs <= SMOOTH_FRAME_MS);
}
