/**
 * Colours and dash patterns of the links (map lines, graph edges, legends) and the profile colours
 * of the ecosystem graph. Each link type has its own dash pattern as well as its colour, so that
 * types are told apart without colour. Line colours are at least 4.5:1 on the land colour.
 */
import type { LinkType, Profile } from '../../core/vocabulary';

export interface LinkStyle {
  color: string;
  /** MapLibre `line-dasharray` (in line widths); empty for a solid line. */
  dash: readonly number[];
}

export const LINK_STYLES: Readonly<Record<LinkType, LinkStyle>> = {
  porte: { color: '#1f4e8c', dash: [] },
  partenaire: { color: '#2b6e2f', dash: [4, 2] },
  membre: { color: '#6a3d9a', dash: [0.5, 1.5] },
  fondateur: { color: '#9a4a00', dash: [5, 1.5, 1, 1.5] },
  financeur: { color: '#b0174f', dash: [2, 2] },
};

/** Under every line, for contrast on any background. */
export const LINK_CASING = '#ffffff';
/** Ring around the linked actors' places. */
export const LINKED_RING = '#1f1f1f';
/** The selected actor's ring. */
export const SELECTED_RING = '#b0174f';

/** Okabe–Ito colours (readable with the common colour-vision deficiencies), one per profile. */
export const PROFILE_COLORS: Readonly<Record<Profile, string>> = {
  collectivite: '#0072B2',
  association: '#E69F00',
  entreprise: '#009E73',
  accompagnateur: '#CC79A7',
  institution: '#56B4E9',
  academique: '#D55E00',
};
export const NO_PROFILE_COLOR = '#767676';
/**
 * Grey means one thing, everywhere: « hors des filtres ». The actors outside the current filters
 * in the ecosystem graph; on the map, the links to them (3:1 on the land colour) and their rings.
 * What is not linked to the open fiche is paled in its own colour, never grey.
 */
export const OUTSIDE_COLOR = '#c9c5bd';
export const OUTSIDE_LINE_COLOR = '#8a857c';

/** SVG `stroke-dasharray` for a legend sample drawn `width` px wide. */
export function svgDash(style: LinkStyle, width: number): string | undefined {
  return style.dash.length === 0 ? undefined : style.dash.map((d) => d * width).join(' ');
}
