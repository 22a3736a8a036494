/**
 * The coverage views' layers, as data: a choropleth of the départements or régions (drawn from
 * the basemap's own source, under the borders), a hatching over the territories without any
 * catalyst, an outline of the territory being read, and the communes of a white zone as small
 * circles from zoom 8 on (under the labels).
 *
 * Palettes: ColorBrewer sequential schemes, which stay ordered for the common colour-vision
 * deficiencies and in grey: YlGnBu for coverage (darker: more catalysts), YlOrRd for white zones
 * (darker: more people far from any catalyst). "0 acteur" is grey and hatched, so that it does
 * not read as the lightest class.
 */
import { HATCH_COLOR, hatchImage } from '../../shared/map/hatch';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { BASEMAP_SOURCE, partFilter } from '../map/basemap-source';

export type ChoroplethLevel = 'departement' | 'region';

/** Class 0 (no catalyst), then the four density classes, lightest to darkest. */
export const COVERAGE_PALETTE = ['#d9d6cf', '#c7e9b4', '#7fcdbb', '#2c7fb8', '#253494'] as const;
/** Class 0 (0 %), then under 10 %, 10–25 %, 25–50 %, 50–75 %, 75 % and more. */
export const WHITE_ZONE_PALETTE = ['#ffffcc', '#fed976', '#feb24c', '#fd8d3c', '#e31a1c', '#800026'] as const;
export const HIGHLIGHT_COLOR = '#1c2330';
export const COMMUNE_COLOR = '#1c2330';

export const COVERAGE_LAYERS = {
  fill: 'coverage-fill',
  zero: 'coverage-zero',
  highlight: 'coverage-highlight',
  communes: 'white-zone-communes',
} as const;
export const WHITE_ZONE_SOURCE = 'white-zone-communes';
export const HATCH_IMAGE = 'coverage-hatch';
/** Zoom from which the communes of a white zone are drawn. */
export const COMMUNES_MINZOOM = 8;
const FILL_OPACITY = 0.72;
const TRANSPARENT = 'rgba(0,0,0,0)';

/** The territories of a level, from the basemap's source (région and département codes overlap). */
function levelFilter(level: ChoroplethLevel): ExpressionSpecification {
  return partFilter(level === 'departement' ? 'departements' : 'regions');
}

/**
 * The fill colour of each territory from its class: a `match` on the territory code. Codes
 * without a class stay transparent.
 */
export function classColorExpression(
  classOfCode: ReadonlyMap<string, number>,
  palette: readonly string[],
): ExpressionSpecification | string {
  const byClass = new Map<number, string[]>();
  for (const [code, k] of classOfCode) byClass.set(k, [...(byClass.get(k) ?? []), code]);
  const branches: (string | string[])[] = [];
  for (const [k, codes] of [...byClass].sort((a, b) => a[0] - b[0])) {
    branches.push(codes, palette[Math.min(k, palette.length - 1)] ?? TRANSPARENT);
  }
  if (branches.length === 0) return TRANSPARENT;
  return ['match', ['get', 'code'], ...branches, TRANSPARENT] as unknown as ExpressionSpecification;
}

/** Keeps the territories of the level whose code is in the list. */
export function codeFilter(level: ChoroplethLevel, codes: readonly string[]): ExpressionSpecification {
  return ['all', levelFilter(level), ['in', ['get', 'code'], ['literal', [...codes]]]];
}

export function coverageFillLayer(level: ChoroplethLevel): FillLayerSpecification {
  return {
    id: COVERAGE_LAYERS.fill,
    type: 'fill',
    source: BASEMAP_SOURCE,
    filter: levelFilter(level),
    paint: { 'fill-color': TRANSPARENT, 'fill-opacity': FILL_OPACITY, 'fill-antialias': false },
  };
}

export function coverageZeroLayer(level: ChoroplethLevel): FillLayerSpecification {
  return {
    id: COVERAGE_LAYERS.zero,
    type: 'fill',
    source: BASEMAP_SOURCE,
    filter: codeFilter(level, []),
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 },
  };
}

export function coverageHighlightLayer(level: ChoroplethLevel): LineLayerSpecification {
  return {
    id: COVERAGE_LAYERS.highlight,
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: codeFilter(level, []),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 3 },
  };
}

export const whiteZoneCommunesLayer: CircleLayerSpecification = {
  id: COVERAGE_LAYERS.communes,
  type: 'circle',
  source: WHITE_ZONE_SOURCE,
  minzoom: COMMUNES_MINZOOM,
  paint: {
    'circle-color': COMMUNE_COLOR,
    'circle-radius': ['interpolate', ['linear'], ['zoom'], COMMUNES_MINZOOM, 2.5, 12, 6],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1,
    'circle-opacity': 0.85,
  },
};

export interface WhiteZoneCommuneProperties {
  code: string;
  name: string;
  population: number;
  /** km to the nearest matching actor, rounded; -1 when there is none at all. */
  distance: number;
}

export const EMPTY_COMMUNES: FeatureCollection<Point, WhiteZoneCommuneProperties> = { type: 'FeatureCollection', features: [] };

/** The no-catalyst hatching: lines on nothing, the density colour under them shows through. */
export const coverageHatchImage = () => hatchImage(HATCH_COLOR);
