/**
 * The map overlays' ids, as the store's `overlay` field and the URL's `overlay` parameter hold
 * them: the grammar every overlay feature and the URL state share. An id from a link that names
 * no overlay is ignored with a notice.
 *
 * Coverage views:
 *   coverage             actors per 100,000 inhabitants, by département
 *   coverage-region      the same by région
 *   white:10|25|50       share of the population farther than 10, 25 or 50 km from any actor
 *   ranking:<measure>    the "fragile and under-served" ranking of the régions, for a fragility
 *                        dimension (economique, sociale…) or index id (chomage, pauvrete…); the
 *                        map shows the régions' coverage meanwhile
 * Fragility:
 *   fragility:<index id>        one of the 17 indices (fragility:chomage…)
 *   fragility-dim:<dimension>   the mean score of a dimension's indices (fragility-dim:sociale…)
 */
import { FRAGILITY_INDEX_DEFINITIONS } from './fragility-data';
import { DIMENSIONS, type Dimension } from './vocabulary';

export function isKnownOverlayId(id: string): boolean {
  return parseCoverageOverlay(id) !== null || parseFragilityOverlay(id) !== null;
}

/** The white-zone distances the interface offers, in km. */
export const WHITE_ZONE_DISTANCES = [10, 25, 50] as const;
export type WhiteZoneDistance = (typeof WHITE_ZONE_DISTANCES)[number];

export type CoverageOverlay =
  | { kind: 'coverage'; level: 'departement' | 'region' }
  | { kind: 'white'; distance: WhiteZoneDistance }
  | { kind: 'ranking'; measure: string };

export const COVERAGE_OVERLAY_ID = 'coverage';
export const COVERAGE_REGION_OVERLAY_ID = 'coverage-region';
const WHITE_PREFIX = 'white:';
const RANKING_PREFIX = 'ranking:';
/** The ranking opens on the social dimension (poverty, housing, single-parent families…). */
export const DEFAULT_RANKING_MEASURE = 'sociale';
const MEASURE = /^[a-z0-9_]{1,40}$/;

export function parseCoverageOverlay(id: string | null): CoverageOverlay | null {
  if (id === null) return null;
  if (id === COVERAGE_OVERLAY_ID) return { kind: 'coverage', level: 'departement' };
  if (id === COVERAGE_REGION_OVERLAY_ID) return { kind: 'coverage', level: 'region' };
  if (id.startsWith(WHITE_PREFIX)) {
    const km = Number(id.slice(WHITE_PREFIX.length));
    const distance = WHITE_ZONE_DISTANCES.find((d) => d === km);
    return distance === undefined ? null : { kind: 'white', distance };
  }
  if (id.startsWith(RANKING_PREFIX)) {
    const measure = id.slice(RANKING_PREFIX.length);
    return MEASURE.test(measure) ? { kind: 'ranking', measure } : null;
  }
  return null;
}

export function coverageOverlayId(overlay: CoverageOverlay): string {
  switch (overlay.kind) {
    case 'coverage':
      return overlay.level === 'departement' ? COVERAGE_OVERLAY_ID : COVERAGE_REGION_OVERLAY_ID;
    case 'white':
      return `${WHITE_PREFIX}${overlay.distance}`;
    case 'ranking':
      return `${RANKING_PREFIX}${overlay.measure}`;
  }
}

/** The territories the map colours for an overlay. */
export function overlayLevel(overlay: CoverageOverlay): 'departement' | 'region' {
  return overlay.kind === 'white' ? 'departement' : overlay.kind === 'coverage' ? overlay.level : 'region';
}

export type FragilityOverlay = { kind: 'index'; index: string } | { kind: 'dimension'; dimension: Dimension };

const INDEX_PREFIX = 'fragility:';
const DIMENSION_PREFIX = 'fragility-dim:';
const INDEX_IDS: ReadonlySet<string> = new Set(FRAGILITY_INDEX_DEFINITIONS.map((d) => d.id));

/** The overlay an id names, or null for an id that is not a fragility overlay (or an unknown index). */
export function parseFragilityOverlay(id: string | null): FragilityOverlay | null {
  if (id === null) return null;
  if (id.startsWith(INDEX_PREFIX)) {
    const index = id.slice(INDEX_PREFIX.length);
    return INDEX_IDS.has(index) ? { kind: 'index', index } : null;
  }
  if (id.startsWith(DIMENSION_PREFIX)) {
    const dimension = id.slice(DIMENSION_PREFIX.length);
    return DIMENSIONS.is(dimension) ? { kind: 'dimension', dimension } : null;
  }
  return null;
}

export function fragilityOverlayId(overlay: FragilityOverlay): string {
  return overlay.kind === 'index' ? `${INDEX_PREFIX}${overlay.index}` : `${DIMENSION_PREFIX}${overlay.dimension}`;
}
