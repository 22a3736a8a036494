import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DETAIL_FROM_ZOOM, whenDetailShows } from './basemap-detail';

/** A map whose zoom the test sets, with its `zoomend` listeners. */
function fakeMap(zoom: number) {
  const listeners = new Set<() => void>();
  const map = {
    getZoom: () => zoom,
    on: (_: string, listener: () => void) => listeners.add(listener),
    off: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const zoomTo = (z: number) => {
    zoom = z;
    [...listeners].forEach((listener) => listener());
  };
  return { map: map as unknown as MapLibreMap, zoomTo, listening: () => listeners.size };
}

describe('whenDetailShows', () => {
  it('waits while the map shows the whole country, and calls once it is zoomed in far enough', () => {
    const { map, zoomTo, listening } = fakeMap(5.2);
    let calls = 0;
    whenDetailShows(map, () => (calls += 1));
    expect(calls).toBe(0);
    zoomTo(DETAIL_FROM_ZOOM - 0.1);
    expect(calls).toBe(0);
    zoomTo(DETAIL_FROM_ZOOM);
    expect(calls).toBe(1);
    expect(listening()).toBe(0);
    zoomTo(9);
    expect(calls).toBe(1);
  });

  it('calls at once for a map opened zoomed in (a shared link on a commune)', () => {
    const { map, listening } = fakeMap(11);
    let calls = 0;
    whenDetailShows(map, () => (calls += 1));
    expect(calls).toBe(1);
    expect(listening()).toBe(0);
  });

  it('stops watching when asked', () => {
    const { map, zoomTo, listening } = fakeMap(4);
    let calls = 0;
    const stop = whenDetailShows(map, () => (calls += 1));
    stop();
    zoomTo(8);
    expect(calls).toBe(0);
    expect(listening()).toBe(0);
  });
});
