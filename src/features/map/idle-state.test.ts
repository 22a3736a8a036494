import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { atIdle, watchIdle } from './idle-state';

/** Just the events of a map: `on`, `off` and a way to fire them. */
function fakeMap() {
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on: (type: string, listener: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
    // As MapLibre's: a listener added with `once` is removed by `off` too.
    once: (type: string, listener: () => void) => onces.set(type, (onces.get(type) ?? new Set()).add(listener)),
  };
  const onces = new Map<string, Set<() => void>>();
  const off = map.off;
  map.off = (type, listener) => onces.get(type)?.delete(listener) || off(type, listener);
  const fire = (type: string) => {
    listeners.get(type)?.forEach((listener) => listener());
    const once = [...(onces.get(type) ?? [])];
    onces.get(type)?.clear();
    once.forEach((listener) => listener());
  };
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { map: map as unknown as MapLibreMap, fire, count };
}

describe('watchIdle', () => {
  it('knows the map is idle after `idle`, until a frame, a data request or a move', () => {
    const { map, fire } = fakeMap();
    const state = watchIdle(map);
    expect(state.isIdle()).toBe(false);
    fire('idle');
    expect(state.isIdle()).toBe(true);
    // A frame is drawn, then `idle` again when nothing is left to do (the order MapLibre fires them).
    fire('render');
    expect(state.isIdle()).toBe(false);
    fire('idle');
    expect(state.isIdle()).toBe(true);
    for (const busy of ['dataloading', 'movestart']) {
      fire(busy);
      expect(state.isIdle(), busy).toBe(false);
      fire('idle');
    }
  });

  it('stops listening when disposed', () => {
    const { map, fire, count } = fakeMap();
    const state = watchIdle(map);
    expect(count()).toBe(4);
    state.dispose();
    expect(count()).toBe(0);
    fire('idle');
    expect(state.isIdle()).toBe(false);
  });
});

describe('atIdle', () => {
  it('runs at once on a map idle since its last frame, else at its next idle, and not after a cancel', () => {
    const { map, fire } = fakeMap();
    const state = watchIdle(map);
    const runs: string[] = [];
    atIdle(map, state, () => runs.push('busy map'));
    expect(runs).toEqual([]);
    fire('idle');
    expect(runs).toEqual(['busy map']);
    atIdle(map, state, () => runs.push('idle map'));
    expect(runs).toEqual(['busy map', 'idle map']);
    fire('render');
    const cancel = atIdle(map, state, () => runs.push('cancelled'));
    cancel();
    fire('idle');
    expect(runs).toEqual(['busy map', 'idle map']);
  });
});
