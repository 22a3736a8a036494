/** The bench's results as Markdown tables (pasted as is into the README). */
import type { WorkshopFigures } from './workshop-check';
import type { ColdLoad } from './browser-bench';
import { LIMITS } from './budgets';
import type { DerivedCounts } from './derived-builds';
import type { DomainFigures } from './domain-bench';
import type { MemoryFigures } from './memory';
import type { Part } from './options';
import type { PathFigures } from './page-paths';
import type { BuildSizes, SizeGroup } from './sizes';
import { summarize, type Timing } from './stats';

export type PagePath = 'list' | 'fiche' | 'search' | 'nearMe' | 'ecosystem';

/** The person's paths timed in the page: label, part of the bench, budget, long tasks checked. */
export const PAGE_PATHS: Record<
  PagePath,
  { label: string; part: Part; limit: keyof typeof LIMITS; longTasks: boolean; laterLabel?: string }
> = {
  list: { label: 'open the list: « Liste » → first rows shown', part: 'list', limit: 'listOpenMs', longTasks: true },
  fiche: { label: 'open a fiche: actor selected → panel and link lines', part: 'fiche', limit: 'ficheOpenMs', longTasks: true },
  search: {
    label: 'search keystroke → results and clusters drawn',
    part: 'search',
    limit: 'searchKeystrokeMs',
    longTasks: true,
    laterLabel: 'of which from the hits’ filter pass to the drawing',
  },
  nearMe: { label: 'near-me: commune picked → nearest actors shown', part: 'near-me', limit: 'nearMePageMs', longTasks: true },
  ecosystem: { label: 'ecosystem: « Écosystème » → view interactive', part: 'ecosystem', limit: 'ecosystemOpenMs', longTasks: false },
};

export interface Results {
  domain: DomainFigures[];
  filterChanges: number;
  coldDefault?: ColdLoad | undefined;
  /** Cold loads on the generated datasets, by size. */
  cold: { size: number; load: ColdLoad }[];
  filterSize?: number;
  appFilter?: Timing | undefined;
  builtinFilter?: Timing | undefined;
  derived?: DerivedCounts[] | undefined;
  paths: Partial<Record<PagePath, PathFigures[]>>;
  memory: MemoryFigures[];
  sizes?: BuildSizes;
  datasetSizes?: SizeGroup;
  largeGzip?: { size: number; actors: number; links: number };
  /** The data workshop's check, on the real list and on generated sheets. */
  workshop: WorkshopFigures[];
  /** Parts that failed as a whole, and why. */
  failures: Record<string, string>;
}

const row = (label: string, cells: string[]) => console.log(`| ${label} | ${cells.join(' | ')} |`);
const n = (size: number) => size.toLocaleString('en-US');

export function printTable(r: Results): void {
  printWorkshop(r);
  if (r.domain.length > 0) printDomain(r);
  printBrowser(r);
  printPaths(r);
  if (r.derived) {
    console.log('\nDerived state built, counted after each step of a visit (default data)\n');
    console.log('| after | dataset indexes | search indexes | filter passes |');
    console.log('|---|---:|---:|---:|');
    for (const c of r.derived) console.log(`| ${c.step} | ${c.datasetIndex} | ${c.searchIndex} | ${c.filterPass} |`);
  }
  if (r.sizes && r.datasetSizes) printSizes(r, r.sizes, r.datasetSizes);
  for (const [part, failure] of Object.entries(r.failures)) console.log(`\n${part}: ${failure}`);
}

function printDomain(r: Results): void {
  const t = (x: Timing) => `${ms(x.median)} / ${ms(x.p95)}`;
  console.log(`\nDomain, in node (median / p95 over ${r.filterChanges} filter changes, ms)\n`);
  row(
    'rows',
    r.domain.map((d) => n(d.size)),
  );
  console.log(`|---|${r.domain.map(() => '---:').join('|')}|`);
  const line = (label: string, cell: (d: DomainFigures) => string) => row(label, r.domain.map(cell));
  line('placed on the map', (d) => n(d.placed));
  line('dataset index (table, coordinates, links), once', (d) => ms(d.datasetIndexMs));
  line('search index, once (when the search is first used)', (d) => ms(d.searchIndexMs));
  line('cluster index build, once (worker)', (d) => ms(d.clusterBuildMs));
  line('**filter change → clusters ready**', (d) => t(d.filterToClusters));
  line('  before: supercluster rebuilt per change', (d) => t(d.filterToClustersRebuild));
  line('facet counts (applyFilters)', (d) => t(d.facetCounts));
  line('text search', (d) => t(d.search));
  line('near-me (findNearby, 25 km)', (d) => t(d.nearMe));
  line('list rows, first time for a dataset (every actor, by name), once', (d) => ms(d.listSortFirstMs));
  line('list rows sorted by name, every actor, then', (d) => t(d.listSortName));
  line('list rows sorted by place, every actor', (d) => t(d.listSortPlace));
  line('heap held by the indexes (MB)', (d) => d.heapMb.toFixed(1));
}

function printBrowser(r: Results): void {
  if (!r.coldDefault && r.cold.length === 0 && !r.appFilter && !r.builtinFilter) return;
  console.log('\nHeadless Chromium, built app on vite preview (ms)\n');
  console.log('| measure | median | p95 / runs |');
  console.log('|---|---:|---:|');
  if (r.coldDefault) {
    console.log(`| first interactive map, default data, cold | ${ms(r.coldDefault.median)} | ${r.coldDefault.runs.map(ms).join(', ')} |`);
  }
  for (const { size, load } of r.cold) {
    console.log(`| first markers, ${n(size)} actors, cold | ${ms(load.median)} | ${load.runs.map(ms).join(', ')} |`);
    console.log(
      `|   every actor in, clustered and drawn (interactive mark) | ${ms(summarize(load.interactive).median)} | ${load.interactive.map(ms).join(', ')} |`,
    );
  }
  const large = n(r.filterSize ?? 0);
  const { appFilter: app, builtinFilter: builtin } = r;
  if (app) console.log(`| filter click → clusters drawn, ${large} actors (app) | ${ms(app.median)} | ${ms(app.p95)} |`);
  if (builtin) console.log(`| same filters, MapLibre cluster:true + setData → idle | ${ms(builtin.median)} | ${ms(builtin.p95)} |`);
  if (app && builtin) {
    console.log(`| **ratio (built-in ÷ app)** | **${ratio(builtin.median, app.median)}** | **${ratio(builtin.p95, app.p95)}** |`);
  }
  const heaps = [
    ...(r.coldDefault ? [['default', r.coldDefault.heapMb] as const] : []),
    ...r.cold.map((c) => [n(c.size), c.load.heapMb] as const),
  ];
  if (heaps.length > 0) {
    console.log(
      `| main-thread JS heap once interactive, ${heaps.map(([k]) => k).join(' / ')} (MB) | ${heaps.map(([, v]) => v.toFixed(1)).join(' / ')} | |`,
    );
  }
}

/** The person's paths, one column per dataset size: p95 / median, and the longest task. */
function printPaths(r: Results): void {
  const sizes = [...new Set([...Object.values(r.paths).flatMap((list) => list.map((f) => f.size)), ...r.memory.map((m) => m.size)])].sort(
    (a, b) => a - b,
  );
  if (sizes.length === 0) return;
  console.log("\nHeadless Chromium, a person's paths in the built app (ms: p95 / median of the runs; longest main-thread task)\n");
  console.log(`| path | budget (p95) | ${sizes.map((s) => `${n(s)} actors`).join(' | ')} |`);
  console.log(`|---|---:|${sizes.map(() => '---:').join('|')}|`);
  for (const [key, spec] of Object.entries(PAGE_PATHS) as [PagePath, (typeof PAGE_PATHS)[PagePath]][]) {
    const list = r.paths[key];
    if (!list) continue;
    const cells = sizes.map((size) => {
      const f = list.find((x) => x.size === size);
      if (!f) return '';
      const task = `task ${ms(f.longestTaskMs)}`;
      if (f.failure) return `${f.failure} (after ${f.runs.length} runs${f.runs.length > 0 ? `: ${f.runs.map(ms).join(', ')}` : ''})`;
      return `${ms(f.p95)} / ${ms(f.median)} (${f.runs.length} runs; ${task})`;
    });
    const budget = `≤ ${LIMITS[spec.limit]}${spec.longTasks ? `, tasks ≤ ${LIMITS.longTaskMs}` : ''}`;
    row(spec.label, [budget, ...cells]);
    if (list.some((f) => f.fromLater)) {
      const later = sizes.map((size) => {
        const f = list.find((x) => x.size === size)?.fromLater;
        return f ? `${ms(f.p95)} / ${ms(f.median)}` : '';
      });
      row(`  ${spec.laterLabel ?? 'from a later point'}`, ['', ...later]);
    }
  }
  if (r.memory.length > 0) {
    const cells = (figure: (m: MemoryFigures) => string) =>
      sizes.map((size) => {
        const m = r.memory.find((x) => x.size === size);
        return !m ? '' : m.failure ? m.failure : figure(m);
      });
    row('renderer memory (VmRSS) after load, list and a fiche, background work over', [
      `≤ ${LIMITS.rendererMemoryMb} MB`,
      ...cells((m) => `${m.rendererRssMb.toFixed(0)} MB (JS heap ${m.jsHeapMb.toFixed(0)} MB)`),
    ]);
    row('  the same 1 s after the fiche, the load’s background work running', ['', ...cells((m) => `${m.tailRssMb.toFixed(0)} MB`)]);
  }
}

function printSizes(r: Results, s: BuildSizes, datasetSizes: SizeGroup): void {
  console.log('\nSizes, gzip -9 (KB)\n');
  console.log('| files | KB gzip | KB raw |');
  console.log('|---|---:|---:|');
  sizeRow('MapLibre (chunk and its worker)', s.maplibre);
  sizeRow('app JS, first view (without MapLibre)', s.appInitial);
  sizeRow('app JS, all chunks and workers (without MapLibre)', s.appAll);
  sizeRow('CSS', s.css);
  sizeRow('default data: actors, links, meta', datasetSizes);
  sizeRow(`data fetched for the first view (${s.dataInitial.files.map((f) => f.replace('data/', '')).join(', ')})`, s.dataInitial);
  sizeRow('all of data/ (gazetteer, coverage: fetched when used)', s.dataAll);
  if (r.largeGzip) {
    console.log(
      `| ${n(r.largeGzip.size)} actors: actors.columns.json / links.columns.json | ${kb(r.largeGzip.actors)} / ${kb(r.largeGzip.links)} | |`,
    );
  }
}

function sizeRow(label: string, g: SizeGroup): void {
  console.log(`| ${label} | ${kb(g.gzipBytes)} | ${kb(g.bytes)} |`);
}

function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(1)}×`;
}

function printWorkshop(r: Results): void {
  if (r.workshop.length === 0) return;
  console.log('\n### Data workshop: sheets given, « Vérifier » → counts shown (built app, Chromium)\n');
  console.log('| sheets | rows | « Vérifier » → counts shown, median (runs) |');
  console.log('|---|---|---|');
  for (const w of r.workshop) {
    const runs = (values: number[]) => values.map((v) => ms(v)).join(', ');
    const cell = (median: number, values: number[]) => (values.length > 0 ? `${ms(median)} (${runs(values)})` : '');
    row(w.label, [n(w.rows), w.failure ? `${w.failure}` : cell(w.firstMedian, w.first)]);
  }
}
