/**
 * Colours of the map, in one place. The four practice colours come from the Okabe–Ito palette,
 * which stays distinguishable with the common colour-vision deficiencies.
 */
import type { Practice } from '../core/vocabulary';

export const PRACTICE_COLORS: Readonly<Record<Practice, string>> = {
  dialogue: '#0072B2', // blue
  experimentation: '#E69F00', // orange
  accompagnement: '#009E73', // bluish green
  lieu: '#CC79A7', // reddish purple
};

/** For a record without any practice. */
export const NO_PRACTICE_COLOR = '#767676';

export const BASEMAP_COLORS = {
  sea: '#dce6ee',
  land: '#f8f6f1',
  landHover: '#f1ede4',
  regionLine: '#8c8577',
  departementLine: '#cfc8ba',
  regionLabel: '#2f2b25',
  departementLabel: '#55504a',
  labelHalo: '#ffffff',
  markerStroke: '#1f1f1f',
} as const;
