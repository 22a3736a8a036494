import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { inTurn, warmLayer, warmLayers } from './warm-layers';
import type { CircleLayerSpecification, LineLayerSpecification } from 'maplibre-gl';

const LINE: LineLayerSpecification = {
  id: 'roads',
  type: 'line',
  source: 'ways',
  filter: ['==', ['get', 'kind'], 'road'],
  paint: { 'line-color': ['case', ['==', ['get', 'dimmed'], 1], '#888', '#c00'], 'line-width': 2, 'line-dasharray': [2, 1] },
};
const CIRCLE: CircleLayerSpecification = {
  id: 'places',
  type: 'circle',
  source: 'points',
  paint: { 'circle-radius': 6, 'circle-color': '#c00', 'circle-stroke-width': 2, 'circle-opacity': 0.5 },
};
const LAYERS = [LINE, CIRCLE];
const line = (kind: string) => ({
  type: 'Feature' as const,
  properties: { kind },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [2, 47],
      [2.5, 47],
    ],
  },
});
const SAMPLES = {
  ways: { type: 'FeatureCollection' as const, features: [line('road')] },
  points: {
    type: 'FeatureCollection' as const,
    features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [2, 47] } }],
  },
};

/** The part of a MapLibre map `warmLayers` uses, recording what it holds. */
function fakeMap() {
  const layers = new Map<string, unknown>();
  const sources = new Map<string, unknown>();
  const idle = new Set<() => void>();
  const map = {
    style: {},
    addSource: (id: string, source: unknown) => void sources.set(id, source),
    addLayer: (layer: { id: string }) => void layers.set(layer.id, layer),
    getLayer: (id: string) => layers.get(id),
    getSource: (id: string) => sources.get(id),
    removeLayer: (id: string) => void layers.delete(id),
    removeSource: (id: string) => void sources.delete(id),
    on: (_: 'idle', f: () => void) => void idle.add(f),
    off: (_: 'idle', f: () => void) => void idle.delete(f),
  };
  return { map: map as unknown as MapLibreMap, layers, sources, fireIdle: () => [...idle].forEach((f) => f()) };
}

describe('warmLayer', () => {
  it('draws a layer as it is, on the warm-up’s source, with an opacity no pixel shows', () => {
    for (const layer of LAYERS) {
      const warm = warmLayer(layer) as typeof layer & { paint: Record<string, unknown> };
      expect(warm.id).toBe(`${layer.id}--warm`);
      expect(warm.source).toBe('warm-up');
      expect('filter' in layer ? warm.filter : undefined).toEqual('filter' in layer ? layer.filter : undefined);
      const opacities = Object.entries(warm.paint).filter(([name]) => name.endsWith('-opacity'));
      expect(opacities.length).toBeGreaterThan(0);
      for (const [, value] of opacities) expect(Math.round((value as number) * 255)).toBe(0);
      // Every other paint property, data-driven or not, as the real layer has it: the same program.
      for (const [name, value] of Object.entries(layer.paint ?? {}))
        if (!name.endsWith('-opacity')) expect(warm.paint[name]).toEqual(value);
    }
  });
});

describe('warmLayers', () => {
  it('adds the layers on their samples, and removes them at the next idle', () => {
    const { map, layers, sources, fireIdle } = fakeMap();
    const removed: string[] = [];
    warmLayers(map, LAYERS, SAMPLES, () => removed.push('removed'));
    expect([...layers.keys()]).toEqual(['roads--warm', 'places--warm']);
    // One source holding every sample: the layers draw in the same frame.
    expect([...sources.keys()]).toEqual(['warm-up']);
    expect((sources.get('warm-up') as { data: { features: unknown[] } }).data.features).toHaveLength(2);
    expect(removed).toEqual([]);
    fireIdle();
    expect(layers.size).toBe(0);
    expect(sources.size).toBe(0);
    expect(removed).toEqual(['removed']);
    fireIdle();
    expect(removed).toEqual(['removed']);
  });

  it('removes them at once when cancelled', () => {
    const { map, layers, sources, fireIdle } = fakeMap();
    const removed: string[] = [];
    const cancel = warmLayers(map, LAYERS, SAMPLES, () => removed.push('removed'));
    expect(layers.size).toBe(2);
    cancel();
    expect(layers.size + sources.size).toBe(0);
    fireIdle();
    expect(removed).toEqual([]);
  });
});

describe('inTurn', () => {
  it('runs one warm-up of a map at a time, in the order asked, the next when the last is released', () => {
    const { map } = fakeMap();
    const started: string[] = [];
    const releases: (() => void)[] = [];
    const ask = (name: string) =>
      inTurn(map, (release) => {
        started.push(name);
        releases.push(release);
        return () => started.push(`${name} cancelled`);
      });
    ask('links');
    ask('near');
    const cancelThird = ask('third');
    expect(started).toEqual(['links']);
    cancelThird();
    releases[0]?.();
    expect(started).toEqual(['links', 'near']);
    releases[1]?.();
    expect(started).toEqual(['links', 'near']);
    // A map's turns are its own.
    inTurn(fakeMap().map, () => (started.push('other map'), () => {}));
    expect(started.at(-1)).toBe('other map');
  });

  it('gives the turn on when the running warm-up is cancelled', () => {
    const { map } = fakeMap();
    const started: string[] = [];
    const cancelFirst = inTurn(map, () => (started.push('first'), () => started.push('first cancelled')));
    inTurn(map, () => (started.push('second'), () => {}));
    cancelFirst();
    expect(started).toEqual(['first', 'first cancelled', 'second']);
  });
});
