/**
 * The selected actor's links on the map: a white casing, then one line layer per link type (a
 * dash pattern cannot follow a feature property, so each type has its own layer); rings around
 * the linked actors' places. Links to actors outside the filters (`dimmed`) are drawn grey (each
 * keeps its type's dash pattern), their rings too: grey is « hors des filtres » in every view.
 * Links of links (`ring` 2) thinner.
 */
import type { FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { LINK_TYPES, type LinkType } from '../../core/vocabulary';
import { LINK_CASING, LINK_STYLES, LINKED_RING, OUTSIDE_LINE_COLOR, SELECTED_RING } from './link-palette';

export const LINK_LINES_SOURCE = 'link-lines';
export const LINK_POINTS_SOURCE = 'link-points';

const WIDTH: ExpressionSpecification = ['case', ['==', ['get', 'ring'], 1], 3, 2];
const DIMMED: ExpressionSpecification = ['==', ['get', 'dimmed'], 1];

export const linkCasingLayer: LineLayerSpecification = {
  id: 'link-casing',
  type: 'line',
  source: LINK_LINES_SOURCE,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': LINK_CASING, 'line-width': ['+', WIDTH, 3] },
};

export function linkTypeLayer(type: LinkType): LineLayerSpecification {
  const style = LINK_STYLES[type];
  return {
    id: `link-${type}`,
    type: 'line',
    source: LINK_LINES_SOURCE,
    filter: ['==', ['get', 'type'], type],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': ['case', DIMMED, OUTSIDE_LINE_COLOR, style.color],
      'line-width': WIDTH,
      ...(style.dash.length > 0 ? { 'line-dasharray': [...style.dash] } : {}),
    },
  };
}

export const linkedRingLayer: CircleLayerSpecification = {
  id: 'link-rings',
  type: 'circle',
  source: LINK_POINTS_SOURCE,
  paint: {
    // Wider than the actors' markers (and their groups), which are drawn above the map.
    'circle-radius': ['case', ['==', ['get', 'distance'], 0], 24, 21],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': ['case', ['==', ['get', 'distance'], 0], SELECTED_RING, DIMMED, OUTSIDE_LINE_COLOR, LINKED_RING],
    'circle-stroke-width': ['case', ['==', ['get', 'distance'], 2], 2, 3],
  },
};

/** In drawing order. */
export const LINK_LAYERS: readonly (LineLayerSpecification | CircleLayerSpecification)[] = [
  linkCasingLayer,
  ...LINK_TYPES.codes.map(linkTypeLayer),
  linkedRingLayer,
];

/** A line of every type and a ring at two points in view, for `useWarmLayers`. */
export function linkWarmSamples(center: [number, number], east: [number, number]): Record<string, FeatureCollection> {
  return {
    [LINK_LINES_SOURCE]: {
      type: 'FeatureCollection',
      features: LINK_TYPES.codes.map((type) => ({
        type: 'Feature',
        properties: { type, ring: 1, dimmed: 0 },
        geometry: { type: 'LineString', coordinates: [center, east] },
      })),
    },
    [LINK_POINTS_SOURCE]: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { distance: 0, dimmed: 0 }, geometry: { type: 'Point', coordinates: east } }],
    },
  };
}
