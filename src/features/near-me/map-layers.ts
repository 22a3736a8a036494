/**
 * The near-me search on the map: the radius as a lightly filled circle with a solid outline, and
 * the origin as a dot. Red, a colour no practice uses, so that the circle never reads as an actor.
 */
import type { FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';

export const NEAR_SOURCE = 'near';

export const NEAR_COLORS = {
  /** 6.5:1 on the land colour. */
  line: '#b3261e',
  halo: '#ffffff',
} as const;

export const nearFillLayer: FillLayerSpecification = {
  id: 'near-fill',
  type: 'fill',
  source: NEAR_SOURCE,
  filter: ['==', ['geometry-type'], 'Polygon'],
  // No antialiased outline (a program of its own): the line layer draws it.
  paint: { 'fill-color': NEAR_COLORS.line, 'fill-opacity': 0.06, 'fill-antialias': false },
};

export const nearLineLayer: LineLayerSpecification = {
  id: 'near-line',
  type: 'line',
  source: NEAR_SOURCE,
  filter: ['==', ['geometry-type'], 'Polygon'],
  layout: { 'line-join': 'round' },
  paint: { 'line-color': NEAR_COLORS.line, 'line-width': 2.5 },
};

export const nearOriginLayer: CircleLayerSpecification = {
  id: 'near-origin',
  type: 'circle',
  source: NEAR_SOURCE,
  filter: ['==', ['geometry-type'], 'Point'],
  paint: {
    'circle-radius': 6,
    'circle-color': NEAR_COLORS.line,
    'circle-stroke-color': NEAR_COLORS.halo,
    'circle-stroke-width': 2,
  },
};

/** In drawing order. */
export const NEAR_LAYERS = [nearFillLayer, nearLineLayer, nearOriginLayer] as const;

/**
 * One layer per WebGL program the near-me search uses beyond the basemap's: its paint values are
 * constants, so that the fill and the line share the basemap's programs and the origin the links'
 * rings' (one program per kind of layer and set of data-driven properties).
 */
export const NEAR_WARM_LAYERS = [nearOriginLayer] as const;

/** A small circle's shape and its origin at two points in view, for `useWarmLayers`. */
export function nearWarmSamples(center: [number, number], east: [number, number]): Record<string, FeatureCollection> {
  const north: [number, number] = [center[0], center[1] + (east[0] - center[0]) / 2];
  return {
    [NEAR_SOURCE]: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[center, east, north, center]] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: center } },
      ],
    },
  };
}
