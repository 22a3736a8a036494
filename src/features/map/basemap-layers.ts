/**
 * The offline basemap's layers, all from its one source: régions and départements (fill +
 * outline) and their names. Region names show at low zoom, département names from zoom 6.5 on.
 */
import type {
  BackgroundLayerSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { BASEMAP_SOURCE, partFilter } from './basemap-source';
import { BASEMAP_COLORS } from '../../shared/palette';

/** Zoom at which département names replace region names. */
export const DEPARTEMENT_LABEL_MINZOOM = 6.5;

/**
 * Without a `glyphs` URL in the style, MapLibre draws text with the browser's local fonts: each
 * `text-font` entry is used as a CSS font family (falling back to sans-serif) and the weight is
 * read from the name ("Bold", "Regular").
 */
const FONT_REGULAR = ['Noto Sans Regular'];
const FONT_BOLD = ['Noto Sans Bold'];

export const backgroundLayer: BackgroundLayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': BASEMAP_COLORS.sea },
};

export const regionsFillLayer: FillLayerSpecification = {
  id: 'regions-fill',
  type: 'fill',
  source: BASEMAP_SOURCE,
  filter: partFilter('regions'),
  // The régions' outlines are drawn by their own line layer.
  paint: { 'fill-color': BASEMAP_COLORS.land, 'fill-antialias': false },
};

/**
 * Outlines of 0.5 to 2 px meet in mitred corners (bevelled where sharp): rounded ones looked the
 * same at these widths and drew 2.5 times the triangles, a fifth of a software-rendered frame of
 * the map (~20 of ~95 ms at the national view).
 */
const THIN_OUTLINE = { 'line-join': 'miter' } as const;

export const departementsLineLayer: LineLayerSpecification = {
  id: 'departements-line',
  type: 'line',
  source: BASEMAP_SOURCE,
  filter: partFilter('departements'),
  layout: THIN_OUTLINE,
  paint: {
    'line-color': BASEMAP_COLORS.departementLine,
    'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
  },
};

export const regionsLineLayer: LineLayerSpecification = {
  id: 'regions-line',
  type: 'line',
  source: BASEMAP_SOURCE,
  filter: partFilter('regions'),
  layout: THIN_OUTLINE,
  paint: {
    'line-color': BASEMAP_COLORS.regionLine,
    'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 8, 2],
  },
};

export const regionLabelsLayer: SymbolLayerSpecification = {
  id: 'region-labels',
  type: 'symbol',
  source: BASEMAP_SOURCE,
  maxzoom: DEPARTEMENT_LABEL_MINZOOM,
  filter: ['all', partFilter('labels'), ['==', ['get', 'level'], 'region']],
  layout: {
    'text-field': ['get', 'nom'],
    'text-font': FONT_BOLD,
    'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 6.5, 14],
    'text-transform': 'uppercase',
    'text-letter-spacing': 0.06,
    'text-max-width': 8,
    'text-padding': 4,
  },
  paint: {
    'text-color': BASEMAP_COLORS.regionLabel,
    'text-halo-color': BASEMAP_COLORS.labelHalo,
    'text-halo-width': 1.5,
    'text-opacity': 0.85,
  },
};

export const departementLabelsLayer: SymbolLayerSpecification = {
  id: 'departement-labels',
  type: 'symbol',
  source: BASEMAP_SOURCE,
  minzoom: DEPARTEMENT_LABEL_MINZOOM,
  filter: ['all', partFilter('labels'), ['==', ['get', 'level'], 'departement']],
  layout: {
    'text-field': ['get', 'nom'],
    'text-font': FONT_REGULAR,
    'text-size': ['interpolate', ['linear'], ['zoom'], 6.5, 11, 10, 14],
    'text-max-width': 8,
    'text-padding': 3,
  },
  paint: {
    'text-color': BASEMAP_COLORS.departementLabel,
    'text-halo-color': BASEMAP_COLORS.labelHalo,
    'text-halo-width': 1.5,
  },
};

/** Below the actors. */
export const BASEMAP_LAYERS: readonly LayerSpecification[] = [backgroundLayer, regionsFillLayer, departementsLineLayer, regionsLineLayer];

/** Above the actors, so that the names stay readable. */
export const BASEMAP_LABEL_LAYERS: readonly LayerSpecification[] = [regionLabelsLayer, departementLabelsLayer];
