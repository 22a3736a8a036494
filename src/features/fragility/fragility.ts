/**
 * Reading the fragility file: dimension means, trends and radar scores of a région (or of
 * metropolitan France, `FRM`).
 */
import type { Dimension } from '../../core/vocabulary';
import type { FragilityData, FragilityIndex } from '../../core/fragility-data';

/** Two values closer than this are the same for a trend (they come from the same decimal text). */
const TREND_TOLERANCE = 1e-9;

/**
 * The mean score of each dimension's indices for a region (or `FRM`); null for a dimension with
 * no score for that code (an unknown code gives null everywhere).
 */
export function dimensionScores(data: FragilityData, regionCode: string): Record<Dimension, number | null> {
  const mean = (dimension: Dimension): number | null => {
    const scores = data.indices
      .filter((index) => index.dimension === dimension)
      .map((index) => index.values[regionCode]?.score)
      .filter((score): score is number => score !== undefined);
    return scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
  };
  return {
    economique: mean('economique'),
    sociale: mean('sociale'),
    societale: mean('societale'),
    environnementale: mean('environnementale'),
  };
}

/** `up` and `down` for a descriptive index: its movement is read as a fact, not as better or worse. */
export type Trend = 'better' | 'worse' | 'stable' | 'up' | 'down';

/**
 * Indices that describe the population rather than measure a fragility (the source's « diversité »
 * domain): they are scored as the source does, but never called favourable or unfavourable.
 */
export const DESCRIPTIVE_INDICES: ReadonlySet<string> = new Set(['immigration']);

/**
 * How the figure moved since the previous one, the direction of fragility taken into account
 * (only up or down for a descriptive index). Null when there is no previous figure, and for a
 * growth index (its previous figure is the base of the growth, not an older value of the indicator).
 */
export function trend(index: FragilityIndex, regionCode: string): Trend | null {
  if (index.indicatorKind === 'growth') return null;
  const entry = index.values[regionCode];
  if (!entry || entry.previous === null) return null;
  const change = entry.value - entry.previous;
  if (Math.abs(change) < TREND_TOLERANCE) return 'stable';
  if (DESCRIPTIVE_INDICES.has(index.id)) return change > 0 ? 'up' : 'down';
  const moreFragile = index.higherIsMoreFragile ? change > 0 : change < 0;
  return moreFragile ? 'worse' : 'better';
}

/** The scores of a region (or `FRM`) in index order, for a radar; null where there is none. */
export function regionScores(data: FragilityData, regionCode: string): (number | null)[] {
  return data.indices.map((index) => index.values[regionCode]?.score ?? null);
}
