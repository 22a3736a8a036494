/**
 * The selected actor's links on the map: a white casing, then the links by type (each type its
 * colour and dash pattern); rings around the linked actors' places. Links to actors outside the
 * filters (`dimmed`) are drawn grey (each keeps its type's dash pattern), their rings too: grey is
 * « hors des filtres » in every view. Links of links (`ring` 2) thinner, under the fiche's own.
 *
 * Every paint value is a constant, one layer per case (type, ring, in or out of the filters) and
 * a filter picking its features. MapLibre compiles a WebGL program per kind of layer and per set
 * of data-driven properties: with constants only, the plain lines share the basemap's program and
 * every ring shares one circle program, where data-driven colours and widths made five programs of
 * their own, each 0.2–0.5 s of the main thread under software WebGL.
 */
import type { FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import { LINK_TYPES, type LinkType } from '../../core/vocabulary';
import { LINK_CASING, LINK_STYLES, LINKED_RING, OUTSIDE_LINE_COLOR, SELECTED_RING } from './link-palette';

export const LINK_LINES_SOURCE = 'link-lines';
export const LINK_POINTS_SOURCE = 'link-points';

type Ring = 1 | 2;
/** Links of links (ring 2) drawn first, under the fiche's own; links outside the filters first too. */
const RINGS: readonly Ring[] = [2, 1];
const DIMMED = [1, 0] as const;
const LINE_WIDTH: Readonly<Record<Ring, number>> = { 1: 3, 2: 2 };
const CASING_EXTRA = 3;

const is = (property: string, value: string | number): ExpressionSpecification => ['==', ['get', property], value];

export function linkCasingLayer(ring: Ring): LineLayerSpecification {
  return {
    id: `link-casing-${ring}`,
    type: 'line',
    source: LINK_LINES_SOURCE,
    filter: is('ring', ring),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': LINK_CASING, 'line-width': LINE_WIDTH[ring] + CASING_EXTRA },
  };
}

export function linkTypeLayer(type: LinkType, ring: Ring, dimmed: 0 | 1): LineLayerSpecification {
  const style = LINK_STYLES[type];
  return {
    id: `link-${type}-${ring}${dimmed ? '-outside' : ''}`,
    type: 'line',
    source: LINK_LINES_SOURCE,
    filter: ['all', is('type', type), is('ring', ring), is('dimmed', dimmed)],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': dimmed ? OUTSIDE_LINE_COLOR : style.color,
      'line-width': LINE_WIDTH[ring],
      ...(style.dash.length > 0 ? { 'line-dasharray': [...style.dash] } : {}),
    },
  };
}

/** The rings: the selected actor's, then the linked ones' by distance, in or out of the filters. */
const RING_CASES = [
  { id: 'selected', filter: is('distance', 0), radius: 24, color: SELECTED_RING, width: 3 },
  ...([1, 2] as const).flatMap((distance) =>
    DIMMED.map((dimmed) => ({
      id: `${distance}${dimmed ? '-outside' : ''}`,
      filter: ['all', is('distance', distance), is('dimmed', dimmed)] as FilterSpecification,
      radius: 21,
      color: dimmed ? OUTSIDE_LINE_COLOR : LINKED_RING,
      width: distance === 2 ? 2 : 3,
    })),
  ),
];

// Wider than the actors' markers (and their groups), which are drawn above the map.
export const linkedRingLayers: readonly CircleLayerSpecification[] = RING_CASES.map((ring) => ({
  id: `link-rings-${ring.id}`,
  type: 'circle',
  source: LINK_POINTS_SOURCE,
  filter: ring.filter,
  paint: {
    'circle-radius': ring.radius,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': ring.color,
    'circle-stroke-width': ring.width,
  },
}));

/** In drawing order. */
export const LINK_LAYERS: readonly (LineLayerSpecification | CircleLayerSpecification)[] = [
  ...RINGS.map(linkCasingLayer),
  ...RINGS.flatMap((ring) => DIMMED.flatMap((dimmed) => LINK_TYPES.codes.map((type) => linkTypeLayer(type, ring, dimmed)))),
  ...linkedRingLayers,
];

/**
 * One layer per WebGL program the links use beyond the basemap's: a dashed line and a ring. The
 * other layers share their programs (see above), so that warming these warms them all.
 */
export const LINK_WARM_LAYERS: readonly (LineLayerSpecification | CircleLayerSpecification)[] = [
  // The longer compile first.
  linkedRingLayers[0]!,
  linkTypeLayer('partenaire', 1, 0),
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
