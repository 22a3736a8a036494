import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { watchIdle } from './idle-state';

/** Just the events of a map: `on`, `off` and a way to fire them. */
function fakeMap() {
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on: (type: string, listener: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
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
