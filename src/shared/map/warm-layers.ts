/**
 * MapLibre compiles a kind of layer's WebGL program the first time it draws one. With software
 * WebGL (SwiftShader: headless Chromium, machines without a usable GPU) a compile holds the main
 * thread 0.1–0.7 s, and the first fiche (its link lines and rings) or the first near-me circle
 * paid it. `warmLayers` draws the same layers once, invisibly (an opacity no pixel shows), on a
 * sample in view while the page is idle, then removes them: the programs stay compiled.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { afterFirstView, whenIdle } from '../../state/perf-marks';

/** 0.001 × 255 rounds to 0: not one pixel changes. A constant, as the real layers' opacity is. */
const WARM_OPACITY = 0.001;
const SUFFIX = '--warm';

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
 * next idle. Returns a cancel (which removes them too).
 */
export function warmLayers(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samples: Readonly<Record<string, FeatureCollection>>,
): () => void {
  const sources = Object.keys(samples).map((id) => `${id}${SUFFIX}`);
  const warm = layers.map(warmLayer);
  for (const [id, data] of Object.entries(samples)) map.addSource(`${id}${SUFFIX}`, { type: 'geojson', data });
  for (const layer of warm) map.addLayer(layer);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    map.off('idle', remove);
    if (!map.style) return;
    for (const layer of warm) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of sources) if (map.getSource(id)) map.removeSource(id);
  };
  map.on('idle', remove);
  return remove;
}

/** Maps whose layers were warmed, by the layers' array: once per map. */
const warmed = new WeakMap<MapLibreMap, Set<readonly LayerSpecification[]>>();

/** Waits this long at most for an idle page once the map is interactive. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Warms `layers` once the map is interactive and the page idle, on the samples `samplesAt` makes
 * around two points in view (the map's centre and a point 40 px east of it).
 */
export function useWarmLayers(
  map: MapLibreMap,
  layers: readonly LayerSpecification[],
  samplesAt: (center: [number, number], east: [number, number]) => Record<string, FeatureCollection>,
): void {
  useEffect(() => {
    if (warmed.get(map)?.has(layers)) return;
    let cancelIdle = () => {};
    let cancelWarm = () => {};
    const cancelView = afterFirstView(() => {
      cancelIdle = whenIdle(() => {
        if (!map.style || warmed.get(map)?.has(layers)) return;
        warmed.set(map, (warmed.get(map) ?? new Set()).add(layers));
        const center = map.getCenter();
        const { x, y } = map.project(center);
        const east = map.unproject([x + 40, y]);
        cancelWarm = warmLayers(map, layers, samplesAt([center.lng, center.lat], [east.lng, east.lat]));
      }, IDLE_TIMEOUT_MS);
    });
    return () => {
      cancelView();
      cancelIdle();
      cancelWarm();
    };
    // The samples' maker is read once.
  }, [map, layers]);
}
