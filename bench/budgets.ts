/** The budgets `npm run bench` holds (issue: performance at scale). */

export interface Budget {
  name: string;
  /** Measured value and the limit, in the unit of `unit`. */
  value: number;
  limit: number;
  unit: string;
  /** 'max': value ≤ limit; 'min': value ≥ limit. */
  kind: 'max' | 'min';
}

export const LIMITS = {
  /** At 100k actors, filter change → new clusters drawn, p95. */
  filterP95Ms: 50,
  /** …and at least this many times faster than MapLibre's clustering with setData. */
  builtinRatio: 5,
  /** Near-me over 100k actors, p95. */
  nearMeMs: 20,
  /** Default data: first interactive map, cold, on localhost (median of the runs). */
  firstInteractiveMs: 1500,
  /** The app's JS without MapLibre, gzipped, loaded for the first view. */
  appJsKb: 150,
  /** The default dataset's files, gzipped. */
  dataKb: 80,
} as const;

export function passes(b: Budget): boolean {
  return Number.isFinite(b.value) && (b.kind === 'max' ? b.value <= b.limit : b.value >= b.limit);
}

export function formatBudget(b: Budget): string {
  const op = b.kind === 'max' ? '≤' : '≥';
  return `${passes(b) ? 'ok  ' : 'FAIL'}  ${b.name}: ${round(b.value)} ${b.unit} (budget ${op} ${b.limit} ${b.unit})`;
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}
