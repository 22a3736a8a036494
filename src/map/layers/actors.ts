/**
 * The located actors, as simple circles coloured by their first practice. Kept apart from the
 * basemap: clustering will replace this source and layer.
 */
import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { Practice } from '../../domain/vocabulary';
import { BASEMAP_COLORS, NO_PRACTICE_COLOR, PRACTICE_COLORS } from '../palette';

export const ACTORS_SOURCE = 'actors';

const practices: ExpressionSpecification = ['array', ['get', 'practices']];

/** The first practice of the feature, or '' when it has none. */
const firstPractice: ExpressionSpecification = [
  'case',
  ['>', ['length', practices], 0],
  ['to-string', ['at', 0, practices]],
  '',
];

const colorByFirstPractice: ExpressionSpecification = [
  'match',
  firstPractice,
  'dialogue' satisfies Practice,
  PRACTICE_COLORS.dialogue,
  'experimentation' satisfies Practice,
  PRACTICE_COLORS.experimentation,
  'accompagnement' satisfies Practice,
  PRACTICE_COLORS.accompagnement,
  'lieu' satisfies Practice,
  PRACTICE_COLORS.lieu,
  NO_PRACTICE_COLOR,
];

export const actorsCircleLayer: CircleLayerSpecification = {
  id: 'actors-circle',
  type: 'circle',
  source: ACTORS_SOURCE,
  paint: {
    'circle-color': colorByFirstPractice,
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 4.5, 8, 7, 12, 9],
    'circle-stroke-color': BASEMAP_COLORS.markerStroke,
    'circle-stroke-width': 1,
    'circle-opacity': 0.95,
  },
};
