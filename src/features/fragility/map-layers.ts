/**
 * The fragility overlay's layers, as data: a choropleth of the 13 metropolitan régions on the
 * source's 0–10 scale (painted from each feature's `score`, see `withScores`), a grey hatching over
 * the overseas régions (the source has no figure for them: no colour of the scale), and the outline
 * of the région being read. Fills go under the borders and the actors, the outline under the labels.
 *
 * Palette: a sequential indigo, lightness alone ordering the scale (readable in grey and with
 * colour-vision deficiencies); the values are also in the tooltip and the tables. Its hue sits
 * where none of the four practice colours is (a pink-red scale made « Gestion d'un lieu » markers
 * look like a fragile région): see `fragility-palette.test.ts`.
 */
import { HATCH_COLOR, hatchImage } from '../../shared/map/hatch';
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { FRAGILITY_CREDIT } from '../../core/fragility-data';

/** Colours at scores 0, 2.5, 5, 7.5 and 10 (lightest: most favourable). */
export const FRAGILITY_PALETTE = ['#f8f5ff', '#c2bae0', '#8d82bf', '#5a518a', '#2b274f'] as const;
export const FRAGILITY_NODATA_COLOR = '#d9d6cf';
export const FRAGILITY_OUTLINE_COLOR = '#1c2330';
export const FRAGILITY_SOURCE = 'fragility-regions';
export const FRAGILITY_HATCH_IMAGE = 'fragility-hatch';
export const FRAGILITY_ATTRIBUTION = FRAGILITY_CREDIT;

export const FRAGILITY_LAYERS = {
  fill: 'fragility-fill',
  nodata: 'fragility-nodata',
  outline: 'fragility-outline',
} as const;

const SCALE_MAX = 10;
export const FRAGILITY_FILL_OPACITY = 0.78;

/** `interpolate` over the score, one stop per palette colour, evenly over 0–10. */
export const fragilityColorExpression: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['get', 'score'],
  ...FRAGILITY_PALETTE.flatMap((color, i) => [(SCALE_MAX * i) / (FRAGILITY_PALETTE.length - 1), color]),
] as unknown as ExpressionSpecification;

export const fragilityFillLayer: FillLayerSpecification = {
  id: FRAGILITY_LAYERS.fill,
  type: 'fill',
  source: FRAGILITY_SOURCE,
  filter: ['has', 'score'],
  paint: { 'fill-color': fragilityColorExpression, 'fill-opacity': FRAGILITY_FILL_OPACITY, 'fill-antialias': false },
};

export const fragilityNodataLayer: FillLayerSpecification = {
  id: FRAGILITY_LAYERS.nodata,
  type: 'fill',
  source: FRAGILITY_SOURCE,
  filter: ['==', ['get', 'nodata'], true],
  paint: { 'fill-pattern': FRAGILITY_HATCH_IMAGE, 'fill-opacity': 0.9 },
};

export function fragilityOutlineLayer(code: string | null): LineLayerSpecification {
  return {
    id: FRAGILITY_LAYERS.outline,
    type: 'line',
    source: FRAGILITY_SOURCE,
    filter: outlineFilter(code),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': FRAGILITY_OUTLINE_COLOR, 'line-width': 3 },
  };
}

export function outlineFilter(code: string | null): ExpressionSpecification {
  return ['==', ['get', 'code'], code ?? ''];
}

/** Grey diagonal lines on a light grey ground: overseas régions have no data in the source. */
export const fragilityHatchImage = () => hatchImage(HATCH_COLOR, FRAGILITY_NODATA_COLOR);
