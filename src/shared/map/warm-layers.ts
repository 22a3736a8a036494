/**
 * MapLibre compiles a kind of layer's WebGL program the first time it draws one. With software
 * WebGL (SwiftShader: headless Chromium, machines without a usable GPU) a compile holds the main
 * thread 0.1–0.7 s, and the first fiche (its link lines and rings) or the first near-me circle
 * paid it. `warmLayers` draws the same layers once, invisibly (an opacity no pixel shows), on a
 * sample in view while the page is idle, then removes them: the programs stay compiled. One layer
 * per idle moment, so that no task compiles more than one program.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { afterFirstView, whenIdle } from '../../state/perf-marks';

/** 0.001 × 255 rounds to 0: not one pixel changes. A constant, as the real layers' opacity is. */
const WARM_OPACITY = 0.001;
const SUFFIX = '--warm';
/**
 * Waits this long at most for an idle moment once the map is interactive, and between two layers:
 * briefly, so that the programs are compiled while a person takes in the first map, before their
 * first fiche or search (the page's other background work would otherwise put them seconds later).
 */
const IDLE_TIMEOUT_MS = 200;

const OPACITIES: Partial<Record<LayerSpecification['type'], readonly string[]>> = {
  line: ['line-opacity'],
  fill: ['fill-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

/** The layer as drawn for the warm-up: its own id and source, its paint but its opacity. */
export function warmLayer(layer: LayerSpecification): LayerSpecification {
  const paint: Record<string, unknown> = { ...('paint' in layer ? layer.paint : {}) };
  for (const name of OPACITIES[layer.type] ?? []) paint[name] = WARM_OPACITY;
  return {
    ...layer,
    id: `${layer.id}${SUFFIX}`,
    ...('source' in layer ? { source: `${layer.source}${SUFFIX}` } : {}),
    paint,
  } as LayerSpecification;
}

/**
 * Draws `layers` once on `samples` (features by source id, in view) and removes them at the map's
 * next idle, then calls `removed`. Returns a cancel (which removes them too, without the call).
 */
export function warmLayers(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samples: Readonly<Record<string, FeatureCollection>>,
  removed: () => void = () => {},
): () => void {
  const sources = Object.keys(samples).map((id) => `${id}${SUFFIX}`);
  const warm = layers.map(warmLayer);
  for (const [id, data] of Object.entries(samples)) map.addSource(`${id}${SUFFIX}`, { type: 'geojson', data });
  for (const layer of warm) map.addLayer(layer);
  let done = false;
  const remove = () => {
    if (done) return;
    done = true;
    map.off('idle', onIdle);
    if (!map.style) return;
    for (const layer of warm) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of sources) if (map.getSource(id)) map.removeSource(id);
  };
  const onIdle = () => {
    remove();
    removed();
  };
  map.on('idle', onIdle);
  return remove;
}

/** The samples a layer draws on: its own source's. */
function samplesOf(layer: LayerSpecification, samples: Readonly<Record<string, FeatureCollection>>): Record<string, FeatureCollection> {
  const source = 'source' in layer && typeof layer.source === 'string' ? samples[layer.source] : undefined;
  return source && 'source' in layer ? { [layer.source as string]: source } : {};
}

/**
 * Warms `layers` one at a time, each at an idle moment of the page: a frame compiles one program
 * at most (all of them in one frame made a 0.4-s task), then calls `done`. Returns a cancel.
 */
export function warmInTurn(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samples: () => Readonly<Record<string, FeatureCollection>>,
  done: () => void,
  idle: (callback: () => void) => () => void = (callback) => whenIdle(callback, IDLE_TIMEOUT_MS),
): () => void {
  let cancel = () => {};
  const step = (index: number) => {
    const layer = layers[index];
    if (!layer) {
      done();
      return;
    }
    cancel = idle(() => {
      if (!map.style) return;
      cancel = warmLayers(map, [layer], samplesOf(layer, samples()), () => step(index + 1));
    });
  };
  step(0);
  return () => cancel();
}

/** Per map: whether a warm-up runs, and the ones waiting for their turn. */
const turns = new WeakMap<MapLibreMap, { busy: boolean; waiting: (() => void)[] }>();

/** Runs `start` when no other warm-up of `map` runs; `start` calls its `release` when over. */
export function inTurn(map: MapLibreMap, start: (release: () => void) => () => void): () => void {
  const turn = turns.get(map) ?? { busy: false, waiting: [] };
  turns.set(map, turn);
  let cancel = () => {};
  let over = false;
  const release = () => {
    if (over) return;
    over = true;
    turn.busy = false;
    turn.waiting.shift()?.();
  };
  const begin = () => {
    turn.busy = true;
    cancel = start(release);
  };
  if (turn.busy) turn.waiting.push(begin);
  else begin();
  return () => {
    turn.waiting = turn.waiting.filter((w) => w !== begin);
    cancel();
    if (turn.busy && !over) release();
  };
}

/** Maps whose layers were warmed, by the layers' array: once per map. */
const warmed = new WeakMap<MapLibreMap, Set<readonly LayerSpecification[]>>();

/**
 * Warms `layers` once the map is interactive, one layer per idle moment and one map's warm-up at
 * a time, on the samples `samplesAt` makes around two points in view (the map's centre and a
 * point 40 px east of it).
 */
export function useWarmLayers(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samplesAt: (center: [number, number], east: [number, number]) => Record<string, FeatureCollection>,
): void {
  useEffect(() => {
    if (warmed.get(map)?.has(layers)) return;
    let cancelTurn = () => {};
    const samples = () => {
      const center = map.getCenter();
      const { x, y } = map.project(center);
      const east = map.unproject([x + 40, y]);
      return samplesAt([center.lng, center.lat], [east.lng, east.lat]);
    };
    const cancelView = afterFirstView(() => {
      cancelTurn = inTurn(map, (release) =>
        warmInTurn(map, layers, samples, () => {
          warmed.set(map, (warmed.get(map) ?? new Set()).add(layers));
          release();
        }),
      );
    });
    return () => {
      cancelView();
      cancelTurn();
    };
    // The samples' maker is read once.
  }, [map, layers]);
}
