/**
 * Coverage: how many catalysts a territory has for its population, as actors per 100,000
 * inhabitants, per département or per région.
 *
 * Who counts for a territory: the rows that match the current filters (so the "kind" filter
 * decides whether actors, projects or both are counted) and are placed there by their
 * `departement` (or `region`) code and have a point. A national network without a seat has
 * neither: it counts nowhere, rather than everywhere. A row placed only at the région level
 * counts for its région, not for any of its départements.
 *
 * Legend classes: "0" is a class of its own (no catalyst at all is what the map is for), then up
 * to four classes of about as many territories each (the quartiles of the non-zero values),
 * their bounds rounded to two significant digits so that they read at a glance. The classes
 * follow the data: they are recomputed when the filters change, so colours compare territories
 * within one map, not two maps with different filters.
 */
import type { ActorTable } from '../../core/filters';

/** Densities are given per this many inhabitants. */
export const PER_INHABITANTS = 100_000;

export interface TerritoryCount {
  /** Matching rows placed in the territory. */
  count: number;
  /** Of which generated sample data. */
  sample: number;
}

export interface Territory {
  code: string;
  name: string;
  population: number;
}

export interface DensityRow extends Territory {
  count: number;
  sample: number;
  /** Rows per 100,000 inhabitants; null for a territory without population. */
  density: number | null;
}

/**
 * Counts the matching rows by the territory `codeOf(row)` gives; rows with an empty code (no
 * seat) are left out.
 */
export function countBy(
  size: number,
  codeOf: (row: number) => string,
  matches: ArrayLike<number>,
  isSample: (row: number) => boolean,
): Map<string, TerritoryCount> {
  const counts = new Map<string, TerritoryCount>();
  for (let row = 0; row < size; row += 1) {
    if (matches[row] !== 1) continue;
    const code = codeOf(row);
    if (code === '') continue;
    const entry = counts.get(code) ?? { count: 0, sample: 0 };
    entry.count += 1;
    if (isSample(row)) entry.sample += 1;
    counts.set(code, entry);
  }
  return counts;
}

export type CoverageLevel = 'departement' | 'region';

/**
 * The matching rows of the indexed dataset counted by département or by région code. `coords`
 * holds each row's longitude and latitude (NaN without a point): a row without a point never
 * counts, whatever codes it carries.
 */
export function countActors(
  table: ActorTable,
  coords: ArrayLike<number>,
  matches: ArrayLike<number>,
  level: CoverageLevel,
): Map<string, TerritoryCount> {
  const ids = level === 'departement' ? table.departement : table.region;
  const codes = level === 'departement' ? table.departementCodes : table.regionCodes;
  return countBy(
    table.size,
    (row) => (Number.isFinite(coords[2 * row] ?? Number.NaN) ? (codes[ids[row] ?? -1] ?? '') : ''),
    matches,
    (row) => table.sample[row] === 1,
  );
}

/** Density of each territory, in the order given; a territory nobody is placed in has 0. */
export function densities(territories: readonly Territory[], counts: ReadonlyMap<string, TerritoryCount>): DensityRow[] {
  return territories.map((t) => {
    const { count, sample } = counts.get(t.code) ?? { count: 0, sample: 0 };
    return {
      ...t,
      count,
      sample,
      density: t.population > 0 ? (count * PER_INHABITANTS) / t.population : null,
    };
  });
}

/**
 * Class limits: class 0 is exactly 0; then class k (1…breaks.length + 1) holds the values from
 * breaks[k − 2] (included) to breaks[k − 1] (excluded), the first starting above 0 and the last
 * having no upper bound.
 */
export interface Classes {
  breaks: number[];
}

/** The class of a value (see `Classes`); null for a missing value. */
export function classOf(value: number | null, classes: Classes): number | null {
  if (value === null || Number.isNaN(value)) return null;
  if (value <= 0) return 0;
  let k = 1;
  for (const limit of classes.breaks) {
    if (value >= limit) k += 1;
    else break;
  }
  return k;
}

/** Number of classes, the zero class included. */
export function classCount(classes: Classes): number {
  return classes.breaks.length + 2;
}

/** Quantile of sorted values, linear between the two nearest ranks (the usual "type 7"). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/** 0.4837 → 0.48, 12.6 → 13, 1.04 → 1: two significant digits. */
export function roundSignificant(x: number, digits = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(x * factor) / factor;
}

const QUARTILES = [0.25, 0.5, 0.75] as const;

/**
 * Zero, then the quartiles of the positive values, rounded: bounds that would not separate
 * anything (equal, or not above the smallest positive value) are dropped.
 */
export function densityClasses(values: readonly (number | null)[]): Classes {
  const positive = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
  const smallest = positive[0];
  if (smallest === undefined) return { breaks: [] };
  const breaks: number[] = [];
  for (const p of QUARTILES) {
    const limit = roundSignificant(quantile(positive, p));
    if (limit > (breaks[breaks.length - 1] ?? smallest)) breaks.push(limit);
  }
  return { breaks };
}

/** White zones: shares of the population beyond the distance, fixed classes (0 %, <10 %, 10–25 %…). */
export const WHITE_SHARE_CLASSES: Classes = { breaks: [0.1, 0.25, 0.5, 0.75] };

/** What the figures are of, after the "kind" filter: actors, projects, or both. */
export type CountedKind = 'actors' | 'projects' | 'both';

export function countedKind(kinds: readonly string[]): CountedKind {
  if (kinds.length === 1 && kinds[0] === 'actor') return 'actors';
  if (kinds.length === 1 && kinds[0] === 'project') return 'projects';
  return 'both';
}

/** Real and sample rows among those counted (placed in one of the territories). */
export function countedTotals(rows: readonly { count: number; sample: number }[]): { counted: number; sample: number; real: number } {
  let counted = 0;
  let sample = 0;
  for (const r of rows) {
    counted += r.count;
    sample += r.sample;
  }
  return { counted, sample, real: counted - sample };
}

/** Matching rows without a point (national networks without a seat): they count nowhere. */
export function unplacedCount(coords: ArrayLike<number>, matches: ArrayLike<number>): number {
  let n = 0;
  for (let row = 0; row < matches.length; row += 1) {
    if (matches[row] === 1 && !Number.isFinite(coords[2 * row] ?? Number.NaN)) n += 1;
  }
  return n;
}

/** The class of each territory with a value, and how many territories each class holds. */
export function classify(
  values: readonly { code: string; value: number | null }[],
  classes: Classes,
): { classOfCode: Map<string, number>; counts: number[] } {
  const classOfCode = new Map<string, number>();
  const counts = new Array<number>(classCount(classes)).fill(0);
  for (const { code, value } of values) {
    const k = classOf(value, classes);
    if (k === null) continue;
    classOfCode.set(code, k);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return { classOfCode, counts };
}
