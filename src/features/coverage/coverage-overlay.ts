/**
 * The overlay ids of the coverage views, as the store's `overlay` field and the URL's `overlay`
 * parameter hold them:
 *   coverage             actors per 100,000 inhabitants, by département
 *   coverage-region      the same by région
 *   white:10|25|50       share of the population farther than 10, 25 or 50 km from any actor
 *   ranking:<measure>    the "fragile and under-served" ranking of the régions, for a fragility
 *                        dimension (economique, sociale…) or index id (chomage, pauvrete…); the
 *                        map shows the régions' coverage meanwhile
 * Any other id belongs to another overlay (fragility…) and is none of these views' business.
 */
import { WHITE_ZONE_DISTANCES, type WhiteZoneDistance } from './white-zones';

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
