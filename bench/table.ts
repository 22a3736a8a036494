/** The bench's results as Markdown tables (pasted as is into the README). */
import type { ColdLoad } from './browser-bench';
import type { DerivedCounts } from './derived-builds';
import type { DomainFigures } from './domain-bench';
import type { BuildSizes, SizeGroup } from './sizes';
import type { Timing } from './stats';

export interface Results {
  domain: DomainFigures[];
  browser: { coldDefault: ColdLoad; coldLarge: ColdLoad; appFilter: Timing; builtinFilter: Timing; derived: DerivedCounts[] };
  sizes: BuildSizes;
  datasetSizes: SizeGroup;
  largeGzip: { actors: number; links: number };
  filterChanges: number;
}

export function printTable(r: Results): void {
  const sizes = r.domain.map((d) => d.size.toLocaleString('en-US'));
  const row = (label: string, cells: string[]) => console.log(`| ${label} | ${cells.join(' | ')} |`);
  const t = (x: Timing) => `${ms(x.median)} / ${ms(x.p95)}`;

  console.log(`\nDomain, in node (median / p95 over ${r.filterChanges} filter changes, ms)\n`);
  row('rows', sizes);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|`);
  row(
    'placed on the map',
    r.domain.map((d) => d.placed.toLocaleString('en-US')),
  );
  row(
    'dataset index (table, coordinates, links), once',
    r.domain.map((d) => ms(d.datasetIndexMs)),
  );
  row(
    'search index, once (when the search is first used)',
    r.domain.map((d) => ms(d.searchIndexMs)),
  );
  row(
    'cluster index build, once (worker)',
    r.domain.map((d) => ms(d.clusterBuildMs)),
  );
  row(
    '**filter change → clusters ready**',
    r.domain.map((d) => t(d.filterToClusters)),
  );
  row(
    '  before: supercluster rebuilt per change',
    r.domain.map((d) => t(d.filterToClustersRebuild)),
  );
  row(
    'facet counts (applyFilters)',
    r.domain.map((d) => t(d.facetCounts)),
  );
  row(
    'text search',
    r.domain.map((d) => t(d.search)),
  );
  row(
    'near-me (findNearby, 25 km)',
    r.domain.map((d) => t(d.nearMe)),
  );
  row(
    'heap held by the indexes (MB)',
    r.domain.map((d) => d.heapMb.toFixed(1)),
  );

  const b = r.browser;
  const large = r.domain[r.domain.length - 1]?.size.toLocaleString('en-US') ?? '';
  console.log('\nHeadless Chromium, built app on vite preview (ms)\n');
  console.log('| measure | median | p95 / runs |');
  console.log('|---|---:|---:|');
  console.log(`| first interactive map, default data, cold | ${ms(b.coldDefault.median)} | ${b.coldDefault.runs.map(ms).join(', ')} |`);
  console.log(`| first interactive map, ${large} actors, cold | ${ms(b.coldLarge.median)} | ${b.coldLarge.runs.map(ms).join(', ')} |`);
  console.log(`| filter click → clusters drawn, ${large} actors (app) | ${ms(b.appFilter.median)} | ${ms(b.appFilter.p95)} |`);
  console.log(`| same filters, MapLibre cluster:true + setData → idle | ${ms(b.builtinFilter.median)} | ${ms(b.builtinFilter.p95)} |`);
  console.log(
    `| **ratio (built-in ÷ app)** | **${ratio(b.builtinFilter.median, b.appFilter.median)}** | **${ratio(b.builtinFilter.p95, b.appFilter.p95)}** |`,
  );
  console.log(
    `| main-thread JS heap once interactive, default / ${large} (MB) | ${b.coldDefault.heapMb.toFixed(1)} | ${b.coldLarge.heapMb.toFixed(1)} |`,
  );

  console.log('\nDerived state built, counted after each step of a visit (default data)\n');
  console.log('| after | dataset indexes | search indexes | filter passes |');
  console.log('|---|---:|---:|---:|');
  for (const c of b.derived) console.log(`| ${c.step} | ${c.datasetIndex} | ${c.searchIndex} | ${c.filterPass} |`);

  const s = r.sizes;
  console.log('\nSizes, gzip -9 (KB)\n');
  console.log('| files | KB gzip | KB raw |');
  console.log('|---|---:|---:|');
  sizeRow('MapLibre (chunk and its worker)', s.maplibre);
  sizeRow('app JS, first view (without MapLibre)', s.appInitial);
  sizeRow('app JS, all chunks and workers (without MapLibre)', s.appAll);
  sizeRow('CSS', s.css);
  sizeRow('default data: actors, links, meta', r.datasetSizes);
  sizeRow(`data fetched for the first view (${s.dataInitial.files.map((f) => f.replace('data/', '')).join(', ')})`, s.dataInitial);
  sizeRow('all of data/ (gazetteer, coverage: fetched when used)', s.dataAll);
  console.log(`| ${large} actors: actors.geojson / links.json | ${kb(r.largeGzip.actors)} / ${kb(r.largeGzip.links)} | |`);
}

function sizeRow(label: string, g: SizeGroup): void {
  console.log(`| ${label} | ${kb(g.gzipBytes)} | ${kb(g.bytes)} |`);
}

function ms(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(1)}×`;
}
