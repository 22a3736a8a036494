/**
 * MapLibre compiles a kind of layer's WebGL program the first time it draws one. With software
 * WebGL (SwiftShader: headless Chromium, machines without a usable GPU) a compile holds the main
 * thread 0.1–0.7 s, and the first fiche (its link lines and rings) or the first near-me circle
 * paid it. `warmLayers` draws the same layers once, invisibly (an opacity no pixel shows), on a
 * sample in view while the page is idle, then removes them: the programs stay compiled. The
 * layers' features paint with constants, so that few programs are needed (see links/map-layers).
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { afterFirstView, FIRST_MARKERS_MARK, whenIdle } from '../../state/perf-marks';

/** 0.001 × 255 rounds to 0: not one pixel changes. A constant, as the real layers' opacity is. */
const WARM_OPACITY = 0.001;
const SUFFIX = '--warm';
/** The one source of the layers drawn for the warm-up. */
const WARM_SOURCE = 'warm-up';
/**
 * Waits this long at most for an idle moment once the first markers are drawn: briefly, so that
 * the programs are compiled while a person takes in the first map, before their first fiche or
 * search (the page's background work put them seconds later, where they met the first actions).
 */
const IDLE_TIMEOUT_MS = 200;

const OPACITIES: Partial<Record<LayerSpecification['type'], readonly string[]>> = {
  line: ['line-opacity'],
  fill: ['fill-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

/** The layer as drawn for the warm-up: on the warm-up's one source, its paint but its opacity. */
export function warmLayer(layer: LayerSpecification): LayerSpecification {
  const paint: Record<string, unknown> = { ...('paint' in layer ? layer.paint : {}) };
  for (const name of OPACITIES[layer.type] ?? []) paint[name] = WARM_OPACITY;
  return {
    ...layer,
    id: `${layer.id}${SUFFIX}`,
    ...('source' in layer ? { source: WARM_SOURCE } : {}),
    paint,
  } as LayerSpecification;
}

/**
 * Draws `layers` once on `samples` (features by source id, in view: all in one source, so that
 * every layer draws in the same frame) and removes them at the map's next idle, then calls
 * `removed`. Returns a cancel (which removes them too, without the call).
 */
export function warmLayers(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samples: Readonly<Record<string, FeatureCollection>>,
  removed: () => void = () => {},
): () => void {
  const warm = layers.map(warmLayer);
  const features = Object.values(samples).flatMap((collection) => collection.features);
  map.addSource(WARM_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features } });
  for (const layer of warm) map.addLayer(layer);
  let done = false;
  const remove = () => {
    if (done) return;
    done = true;
    map.off('idle', onIdle);
    if (!map.style) return;
    for (const layer of warm) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(WARM_SOURCE)) map.removeSource(WARM_SOURCE);
  };
  const onIdle = () => {
    remove();
    removed();
  };
  map.on('idle', onIdle);
  return remove;
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
 * Warms `layers` once the first markers are drawn (where a large dataset's come from its overview,
 * before every actor is read), one map's warm-up at a time, on the samples
 * `samplesAt` makes around two points in view (the map's centre and a point 40 px east of it).
 * True once they are.
 */
export function useWarmLayers(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samplesAt: (center: [number, number], east: [number, number]) => Record<string, FeatureCollection>,
): boolean {
  // Set when this hook's warm-up is over, to draw again; the map's record says it for later ones.
  const [, setWarm] = useState(false);
  useEffect(() => {
    if (warmed.get(map)?.has(layers)) return;
    let cancelTurn = () => {};
    const samples = () => {
      const center = map.getCenter();
      const { x, y } = map.project(center);
      const east = map.unproject([x + 40, y]);
      return samplesAt([center.lng, center.lat], [east.lng, east.lat]);
    };
    const cancelView = afterFirstView(
      () => {
        cancelTurn = inTurn(map, (release) => {
          let cancelWarm = () => {};
          const cancelIdle = whenIdle(() => {
            if (!map.style) return release();
            cancelWarm = warmLayers(map, layers, samples(), () => {
              warmed.set(map, (warmed.get(map) ?? new Set()).add(layers));
              setWarm(true);
              release();
            });
          }, IDLE_TIMEOUT_MS);
          return () => {
            cancelIdle();
            cancelWarm();
          };
        });
      },
      undefined,
      FIRST_MARKERS_MARK,
    );
    return () => {
      cancelView();
      cancelTurn();
    };
    // The samples' maker is read once.
  }, [map, layers]);
  return warmed.get(map)?.has(layers) ?? false;
}
