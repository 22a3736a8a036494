/**
 * Whether the map is idle now: MapLibre fires `idle` once, after the frame that left nothing to
 * load or animate, so a listener that comes later must know that it missed it (instead of forcing
 * one more frame to see it again).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface IdleState {
  isIdle(): boolean;
  dispose(): void;
}

export function watchIdle(map: MapLibreMap): IdleState {
  let idle = false;
  const onIdle = () => (idle = true);
  // A frame drawn, data asked for, or a move: not idle until the next `idle`.
  const onBusy = () => (idle = false);
  const busy = ['render', 'dataloading', 'movestart'] as const;
  map.on('idle', onIdle);
  for (const type of busy) map.on(type, onBusy);
  return {
    isIdle: () => idle,
    dispose: () => {
      map.off('idle', onIdle);
      for (const type of busy) map.off(type, onBusy);
    },
  };
}

/**
 * Calls `run` now if the map has been idle since its last frame (`state`), else at its next `idle`.
 * Returns a cancel.
 */
export function atIdle(map: MapLibreMap, state: IdleState | null, run: () => void): () => void {
  if (state?.isIdle()) {
    run();
    return () => {};
  }
  map.once('idle', run);
  return () => {
    map.off('idle', run);
  };
}
