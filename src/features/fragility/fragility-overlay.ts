/**
 * The fragility overlay of the map: which measure is drawn (one IMPACT index, or the summary of a
 * dimension: the mean score of its indices), its id in the store and the URL, the score of each
 * région for it, what the map says of a région under the pointer, and the two ends of the scale.
 * The overlay ids (fragility:<index>, fragility-dim:<dimension>) are read in `src/core/overlays.ts`.
 */
import { dimensionScores, trend, type Trend } from './fragility';
import { METROPOLITAN_REGION_CODES, NATIONAL_CODE, type FragilityData, type FragilityIndex } from '../../core/fragility-data';
import type { FeatureCollection, Geometry } from 'geojson';
import type { FragilityOverlay } from '../../core/overlays';
import type { Dimension } from '../../core/vocabulary';

export type { FragilityOverlay };

const METROPOLITAN: ReadonlySet<string> = new Set(METROPOLITAN_REGION_CODES);

/** Whether a région code is one of the 13 the source scores (the overseas régions are not). */
export function isScoredRegion(code: string): boolean {
  return METROPOLITAN.has(code);
}

/** The index an overlay draws, or null for a dimension summary (or an index missing from the data). */
export function overlayIndex(data: FragilityData, overlay: FragilityOverlay): FragilityIndex | null {
  return overlay.kind === 'index' ? (data.indices.find((i) => i.id === overlay.index) ?? null) : null;
}

/** The indices of a dimension, in the source's order. */
export function indicesOf(data: FragilityData, dimension: Dimension): FragilityIndex[] {
  return data.indices.filter((i) => i.dimension === dimension);
}

/** The score (0–10) of a région or of `FRM` for the overlay; null where there is none. */
export function overlayScore(data: FragilityData, overlay: FragilityOverlay, code: string): number | null {
  if (overlay.kind === 'dimension') return dimensionScores(data, code)[overlay.dimension];
  return overlayIndex(data, overlay)?.values[code]?.score ?? null;
}

/** The score of every région of the data for the overlay (régions without one are left out). */
export function overlayScores(data: FragilityData, overlay: FragilityOverlay): Map<string, number> {
  const scores = new Map<string, number>();
  for (const region of data.regions) {
    const score = overlayScore(data, overlay, region.code);
    if (score !== null) scores.set(region.code, score);
  }
  return scores;
}

/** What the map says of one région (or `FRM`) for one index. */
export interface IndexReading {
  value: number;
  unit: string;
  year: string;
  previous: number | null;
  previousYear: string | null;
  /** Better or worse since the previous figure, the direction of fragility taken into account. */
  trend: Trend | null;
  score: number;
}

export function indexReading(index: FragilityIndex, code: string): IndexReading | null {
  const entry = index.values[code];
  if (!entry) return null;
  return {
    value: entry.value,
    unit: index.unit,
    year: index.year,
    previous: entry.previous,
    previousYear: index.previousYear,
    trend: trend(index, code),
    score: entry.score,
  };
}

/** One end of an index's scale: the scored figure there and the régions that hold it. */
export interface ScaleEnd {
  /** The scored figure (the value, or the growth for a growth index). */
  indicator: number;
  codes: string[];
}

/** The most favourable (score 0) and most critical (score 10) régions of an index, with their figures. */
export function scaleEnds(data: FragilityData, index: FragilityIndex): { favourable: ScaleEnd; critical: ScaleEnd } {
  const regional = data.regions
    .map((r) => ({ code: r.code, entry: index.values[r.code] }))
    .filter((r): r is { code: string; entry: NonNullable<typeof r.entry> } => r.entry !== undefined);
  const end = (score: number): ScaleEnd => {
    const at = regional.filter((r) => r.entry.score === score);
    return { indicator: at[0]?.entry.indicator ?? Number.NaN, codes: at.map((r) => r.code) };
  };
  return { favourable: end(0), critical: end(10) };
}

/** The national score for the overlay (metropolitan France on the régions' scale). */
export function nationalScore(data: FragilityData, overlay: FragilityOverlay): number | null {
  return overlayScore(data, overlay, NATIONAL_CODE);
}

/** The properties the fragility layers paint from. */
export interface ScoredRegionProperties {
  code: string;
  nom: string;
  /** 0–10 for the overlay; absent where the région has none. */
  score?: number;
  /** An overseas région: the source has no figure for it. */
  nodata: boolean;
}

/** The régions of the basemap, each with its score for the overlay (a new collection; the input is left as it is). */
export function withScores<G extends Geometry>(
  regions: FeatureCollection<G, { code: string; nom: string }>,
  scores: ReadonlyMap<string, number>,
): FeatureCollection<G, ScoredRegionProperties> {
  return {
    type: 'FeatureCollection',
    features: regions.features.map((feature) => {
      const { code, nom } = feature.properties;
      const score = scores.get(code);
      return {
        ...feature,
        properties: { code, nom, nodata: !isScoredRegion(code), ...(score === undefined ? {} : { score }) },
      };
    }),
  };
}
