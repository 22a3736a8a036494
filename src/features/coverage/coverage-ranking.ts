/**
 * "Fragile and under-served": the 13 metropolitan régions ranked by a fragility measure of the
 * IMPACT programme (a dimension: the mean score of its indices; or one index), each next to its
 * coverage (actors per 100,000 inhabitants for the current filters).
 *
 * A région is marked as a priority when it is both more fragile than the median région and
 * less covered than the median région (strictly, over the 13): where an alliance of catalysts
 * would matter most, as far as these two figures can tell.
 */
import type { DensityRow } from './coverage';
import { dimensionScores } from '../fragility/fragility';
import { type FragilityData } from '../../core/fragility-data';
import { DIMENSIONS, type Dimension } from '../../core/vocabulary';

export interface FragilityMeasure {
  id: string;
  kind: 'dimension' | 'index';
  labelFr: string;
  labelEn: string;
  dimension: Dimension;
}

/** The four dimensions, then every index, in the source's order. */
export function fragilityMeasures(data: FragilityData): FragilityMeasure[] {
  const dimensions = DIMENSIONS.list.map(
    (d): FragilityMeasure => ({ id: d.code, kind: 'dimension', labelFr: d.fr, labelEn: d.en, dimension: d.code }),
  );
  const indices = data.indices.map(
    (index): FragilityMeasure => ({
      id: index.id,
      kind: 'index',
      labelFr: index.labelFr,
      labelEn: index.labelEn,
      dimension: index.dimension,
    }),
  );
  return [...dimensions, ...indices];
}

function isDimension(id: string): id is Dimension {
  return (DIMENSIONS.codes as readonly string[]).includes(id);
}

/** The région's fragility score (0–10) for a dimension or an index; null when unknown. */
export function measureScore(data: FragilityData, measure: string, regionCode: string): number | null {
  if (isDimension(measure)) return dimensionScores(data, regionCode)[measure];
  const index = data.indices.find((i) => i.id === measure);
  return index?.values[regionCode]?.score ?? null;
}

export function isKnownMeasure(data: FragilityData, measure: string): boolean {
  return isDimension(measure) || data.indices.some((i) => i.id === measure);
}

export interface RankingRow {
  code: string;
  name: string;
  /** Fragility score 0–10 for the chosen measure (10: the most critical région). */
  fragility: number | null;
  count: number;
  sample: number;
  population: number;
  density: number | null;
  /** More fragile and less covered than the median région. */
  priority: boolean;
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const present = (v: number | null): v is number => v !== null;

/**
 * The régions of the fragility data, most fragile first (ties: the less covered first, then by
 * name); null for a measure the data does not have.
 */
export function rankRegions(
  data: FragilityData,
  measure: string,
  regionDensities: readonly DensityRow[],
): RankingRow[] | null {
  if (!isKnownMeasure(data, measure)) return null;
  const byCode = new Map(regionDensities.map((r) => [r.code, r]));
  const rows = data.regions.map((region) => {
    const coverage = byCode.get(region.code);
    return {
      code: region.code,
      name: coverage?.name ?? region.name,
      fragility: measureScore(data, measure, region.code),
      count: coverage?.count ?? 0,
      sample: coverage?.sample ?? 0,
      population: coverage?.population ?? 0,
      density: coverage?.density ?? null,
      priority: false,
    };
  });
  const fragilityMedian = median(rows.map((r) => r.fragility).filter(present));
  const densityMedian = median(rows.map((r) => r.density).filter(present));
  for (const row of rows) {
    row.priority =
      row.fragility !== null &&
      row.density !== null &&
      fragilityMedian !== null &&
      densityMedian !== null &&
      row.fragility > fragilityMedian &&
      row.density < densityMedian;
  }
  return rows.sort(
    (a, b) =>
      (b.fragility ?? -Infinity) - (a.fragility ?? -Infinity) ||
      (a.density ?? Infinity) - (b.density ?? Infinity) ||
      a.name.localeCompare(b.name, 'fr'),
  );
}

/** The codes of the « Priorité » régions for a measure (none for a measure the data does not have). */
export function priorityCodes(data: FragilityData, measure: string, regionDensities: readonly DensityRow[]): string[] {
  return (rankRegions(data, measure, regionDensities) ?? []).filter((r) => r.priority).map((r) => r.code);
}
