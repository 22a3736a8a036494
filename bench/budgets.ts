/** The budgets `npm run bench` holds (issue: performance at scale). */

export interface Budget {
  name: string;
  /** Measured value and the limit, in the unit of `unit`. */
  value: number;
  limit: number;
  unit: string;
  /** 'max': value ≤ limit; 'min': value ≥ limit. */
  kind: 'max' | 'min';
  /** Said instead of the value when there is none ("timeout", "failed: …"). */
  note?: string;
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
  /** At 100k actors, in the built app, p95 of a few runs: « Liste » clicked → first rows on screen. */
  listOpenMs: 300,
  /** …an actor with links selected → its fiche's heading and its link lines. */
  ficheOpenMs: 100,
  /** …one more letter in the search box → the new result's count and clusters drawn. */
  searchKeystrokeMs: 100,
  /** …a commune picked in « Près de chez moi » → the nearest actors listed. */
  nearMePageMs: 100,
  /** No main-thread task longer than this during each of the paths above. */
  longTaskMs: 200,
  /** …« Écosystème » clicked → the view interactive (graph drawn, summary there). */
  ecosystemOpenMs: 2000,
  /** …first markers, cold (first interactive map, p95 of the runs). */
  firstMarkersLargeMs: 3000,
  /** …resident memory of the page's renderer once loaded, the list and a fiche opened, its background work over. */
  rendererMemoryMb: 600,
  /** The data workshop: the France Services list (2,683 rows) given, « Vérifier » → counts shown (median). */
  workshopRealMs: 2000,
  /** …generated sheets of 100,000 rows and their links (median). */
  workshopLargeMs: 60_000,
} as const;

export function passes(b: Budget): boolean {
  return Number.isFinite(b.value) && (b.kind === 'max' ? b.value <= b.limit : b.value >= b.limit);
}

export function formatBudget(b: Budget): string {
  const op = b.kind === 'max' ? '≤' : '≥';
  const value = Number.isFinite(b.value) ? `${round(b.value)} ${b.unit}` : (b.note ?? 'not measured');
  return `${passes(b) ? 'ok  ' : 'FAIL'}  ${b.name}: ${value} (budget ${op} ${b.limit} ${b.unit})`;
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}
