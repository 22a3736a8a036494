/**
 * `npm run bench`: builds the app (into bench/.out/dist, its own folder), generates 1k/10k/100k
 * datasets of the real schema, measures (node for the domain, headless Chromium for the page),
 * prints one table and checks the budgets. Exit code 1 names each failed budget. Results also go
 * to bench/.out/results.json.
 *
 * `npm run bench -- --only=list,fiche --sizes=10000 --no-build` runs parts alone (see options.ts):
 * parts domain, cold, filter, derived, list, fiche, search, near-me, ecosystem, memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { appFilterChanges, builtinFilterChanges, coldLoads, HOST, launch, startPreview } from './browser-bench';
import { formatBudget, LIMITS, passes, type Budget } from './budgets';
import { BENCH_DIST, buildApp } from './build';
import { cachedDataset, type BenchDataset, type DatasetFiles } from './datasets';
import { derivedBudgets, derivedBuilds } from './derived-builds';
import { benchDomain, FILTER_CHANGES, type DomainFigures } from './domain-bench';
import { ecosystemOpenPath } from './ecosystem-open';
import { ficheOpenPath, ficheTargets } from './fiche-open';
import { listOpenPath } from './list-open';
import { rendererMemory } from './memory';
import { nearMePagePath } from './near-me-page';
import { parseOptions, type Part } from './options';
import { failureOf, runPath } from './page-paths';
import { searchKeystrokePath } from './search-keystroke';
import { franceServicesSheet, generatedSheets, workshopCheck } from './workshop-check';
import { buildSizes, gzipSize } from './sizes';
import { summarize, type Timing } from './stats';
import { PAGE_PATHS, printTable, type PagePath, type Results } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, 'bench/.out');
const PORT = Number(process.env['ATLAS_BENCH_PORT'] ?? 4179);
const COLD_RUNS_DEFAULT = 5;
const COLD_RUNS_LARGE = 3;
const BROWSER_FILTER_CHANGES = 40;

interface Loaded {
  size: number;
  dataset: BenchDataset;
  files: DatasetFiles;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const has = (part: Part) => options.parts.has(part);
  await mkdir(OUT, { recursive: true });
  const dist = resolve(ROOT, BENCH_DIST);
  const browserParts: Part[] = ['cold', 'filter', 'derived', 'list', 'fiche', 'search', 'near-me', 'ecosystem', 'memory', 'workshop'];
  const inBrowser = browserParts.some(has);
  if (inBrowser && (options.build || !existsSync(resolve(dist, 'index.html')))) {
    log(`building the app into ${BENCH_DIST}…`);
    buildApp(ROOT, 'if-missing');
  }

  const largest = options.sizes[options.sizes.length - 1] as number;
  const pagesWanted = browserParts.filter((p) => p !== 'workshop').some(has);
  const wanted = new Set<number>([
    ...(has('domain') ? options.sizes : []),
    ...(pagesWanted ? options.pageSizes : []),
    ...(has('filter') ? [largest] : []),
  ]);
  const loaded = new Map<number, Loaded>();
  const domain: DomainFigures[] = [];
  for (const size of [...wanted].sort((a, b) => a - b)) {
    log(`dataset of ${size} rows…`);
    const { dataset, files } = await cachedDataset(size, ROOT, OUT);
    loaded.set(size, { size, dataset, files });
    if (has('domain') && options.sizes.includes(size)) {
      const regions = [...new Set(dataset.actors.features.map((f) => f.properties.region).filter((r) => r !== ''))];
      domain.push(benchDomain(dataset, regions));
    }
  }

  const results: Results = { domain, filterChanges: FILTER_CHANGES, cold: [], paths: {}, memory: [], workshop: [], failures: {} };
  if (pagesWanted) await browserRuns(results, loaded, options.pageSizes, largest, has, dist);
  if (has('workshop')) await workshopRuns(results, options.sizes);

  const biggest = loaded.get(options.pageSizes[options.pageSizes.length - 1] as number);
  if (has('cold') && biggest) {
    const gz = (file: string) => gzipSize(readFileSync(file));
    results.largeGzip = { size: biggest.size, actors: gz(biggest.files.actors), links: gz(biggest.files.links) };
  }
  const budgets = budgetsOf(results, has, options.pageSizes, dist);
  printTable(results);
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${formatBudget(b)}`);
  await writeFile(resolve(OUT, 'results.json'), JSON.stringify({ ...results, budgets }, null, 2));
  const failed = budgets.filter((b) => !passes(b));
  if (failed.length > 0) {
    console.error(`\n${failed.length} budget(s) failed: ${failed.map((b) => b.name).join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets hold.');
  }
}

/** Everything measured in Chromium; each part apart, so that one failing leaves the others. */
async function browserRuns(
  results: Results,
  loaded: Map<number, Loaded>,
  pageSizes: readonly number[],
  largest: number,
  has: (part: Part) => boolean,
  dist: string,
): Promise<void> {
  // Each dataset's files served beside the build (the data requests are rerouted there), removed afterwards.
  const copies: string[] = [];
  const dataOf = (size: number) => ({ size, path: `/bench-data-${size}` });
  for (const { size, files } of loaded.values()) {
    const dir = resolve(dist, `bench-data-${size}`);
    await rm(dir, { recursive: true, force: true });
    await cp(files.dir, dir, { recursive: true });
    copies.push(dir);
  }

  log(`Chromium on http://${HOST}:${PORT}/ …`);
  const server = await startPreview(ROOT, PORT);
  const browser = await launch();
  const baseUrl = `http://${HOST}:${PORT}/`;
  const attempt = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    log(name);
    try {
      return await fn();
    } catch (error) {
      results.failures[name] = failureOf(error);
      log(`${name}: ${results.failures[name]}`);
      return undefined;
    }
  };
  try {
    if (has('cold')) {
      results.coldDefault = await attempt('cold loads, default data', () => coldLoads(browser, baseUrl, COLD_RUNS_DEFAULT));
      for (const size of pageSizes) {
        const load = await attempt(`cold loads, ${size} actors`, () => coldLoads(browser, baseUrl, COLD_RUNS_LARGE, dataOf(size)));
        if (load) results.cold.push({ size, load });
      }
    }
    if (has('filter')) {
      results.filterSize = largest;
      results.appFilter = await attempt('filter changes (app)', () =>
        appFilterChanges(browser, baseUrl, BROWSER_FILTER_CHANGES, dataOf(largest)),
      );
      results.builtinFilter = await attempt('filter changes (MapLibre cluster:true)', () =>
        builtinFilterChanges(browser, baseUrl, BROWSER_FILTER_CHANGES, dataOf(largest)),
      );
    }
    if (has('derived')) results.derived = await attempt('derived state counts', () => derivedBuilds(browser, baseUrl));
    for (const size of pageSizes) await pagePaths(results, browser, baseUrl, dataOf(size), loaded.get(size)?.dataset, has);
  } finally {
    await browser.close();
    await server.close();
    for (const dir of copies) await rm(dir, { recursive: true, force: true });
  }
}

/** The workshop's check on the real list, then on generated sheets of each size. */
async function workshopRuns(results: Results, sizes: readonly number[]): Promise<void> {
  const server = await startPreview(ROOT, PORT);
  const browser = await launch();
  const baseUrl = `http://${HOST}:${PORT}/`;
  try {
    log('workshop: France Services list');
    results.workshop.push(
      await workshopCheck(browser, baseUrl, 'France Services 2022 (real, columns guessed)', 2683, [await franceServicesSheet(ROOT)], 3),
    );
    for (const size of sizes) {
      log(`workshop: generated sheets, ${size} rows`);
      const sheets = await generatedSheets(size, ROOT, OUT);
      results.workshop.push(await workshopCheck(browser, baseUrl, `generated actors + links`, size, sheets, size >= 100_000 ? 1 : 3));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The person's paths at one dataset size, each in a fresh page. */
async function pagePaths(
  results: Results,
  browser: Browser,
  baseUrl: string,
  data: { size: number; path: string },
  dataset: BenchDataset | undefined,
  has: (part: Part) => boolean,
): Promise<void> {
  const targets = dataset ? ficheTargets(dataset) : [];
  const paths: [PagePath, Part, Parameters<typeof runPath>[3]][] = [
    ['list', 'list', listOpenPath],
    ['fiche', 'fiche', (page, measured) => ficheOpenPath(page, measured, targets)],
    ['search', 'search', searchKeystrokePath],
    ['nearMe', 'near-me', nearMePagePath],
    ['ecosystem', 'ecosystem', ecosystemOpenPath],
  ];
  for (const [key, part, path] of paths) {
    if (!has(part)) continue;
    log(`${PAGE_PATHS[key].label}, ${data.size} actors`);
    const figures = await runPath(browser, baseUrl, data, path);
    if (figures.failure) log(`  ${figures.failure}`);
    (results.paths[key] ??= []).push(figures);
  }
  if (has('memory')) {
    log(`renderer memory, ${data.size} actors`);
    results.memory.push(await rendererMemory(browser, baseUrl, data, targets[0]));
  }
}

function budgetsOf(r: Results, has: (part: Part) => boolean, pageSizes: readonly number[], dist: string): Budget[] {
  const budgets: Budget[] = [];
  const max = (name: string, value: number | undefined, limit: number, unit: string, note?: string): Budget => ({
    name,
    value: value ?? NaN,
    limit,
    unit,
    kind: 'max',
    ...(note ? { note } : value === undefined ? { note: 'failed' } : {}),
  });
  const big = r.domain[r.domain.length - 1];
  if (has('filter')) {
    const n = (r.filterSize ?? 0).toLocaleString('en-US');
    const { appFilter, builtinFilter } = r;
    budgets.push(max(`filter change → clusters drawn, ${n} actors, p95 (Chromium)`, appFilter?.p95, LIMITS.filterP95Ms, 'ms'));
    const ratio = (a: Timing | undefined, b: Timing | undefined, q: 'median' | 'p95') => (a && b ? a[q] / b[q] : NaN);
    for (const q of ['median', 'p95'] as const) {
      budgets.push({
        name: `speed-up over MapLibre cluster:true + setData, ${q}`,
        value: ratio(builtinFilter, appFilter, q),
        limit: LIMITS.builtinRatio,
        unit: '×',
        kind: 'min',
      });
    }
  }
  if (big) {
    budgets.push(max(`filter change → clusters ready, ${big.size} actors, p95 (node)`, big.filterToClusters.p95, LIMITS.filterP95Ms, 'ms'));
    budgets.push(max(`near-me over ${big.size} actors, p95`, big.nearMe.p95, LIMITS.nearMeMs, 'ms'));
  }
  if (has('cold')) {
    budgets.push(max('first interactive map, default data, cold (median)', r.coldDefault?.median, LIMITS.firstInteractiveMs, 'ms'));
    const size = pageSizes[pageSizes.length - 1] as number;
    const cold = r.cold.find((c) => c.size === size);
    budgets.push(
      max(
        `first markers, ${size.toLocaleString('en-US')} actors, cold (p95 of ${cold?.load.runs.length ?? 0})`,
        cold ? summarize(cold.load.runs).p95 : undefined,
        LIMITS.firstMarkersLargeMs,
        'ms',
      ),
    );
    if (r.coldDefault) {
      const initialData = r.coldDefault.data.map((p) => p.replace(/^\/data\//, ''));
      r.sizes = buildSizes(dist, r.coldDefault.scripts, initialData);
      r.datasetSizes = buildSizes(dist, [], ['actors.columns.json', 'links.columns.json', 'meta.json']).dataInitial;
      budgets.push(max('app JS without MapLibre, first view, gzip', r.sizes.appInitial.gzipBytes / 1024, LIMITS.appJsKb, 'KB'));
      budgets.push(max('default data files (actors, links, meta), gzip', r.datasetSizes.gzipBytes / 1024, LIMITS.dataKb, 'KB'));
    }
  }
  if (has('derived')) {
    if (r.derived) budgets.push(...derivedBudgets(r.derived));
    else budgets.push(max('derived state counts', undefined, 0, 'builds'));
  }
  // The page paths' budgets hold at the largest size run (100,000 by default).
  const size = pageSizes[pageSizes.length - 1] as number;
  const n = size.toLocaleString('en-US');
  for (const key of Object.keys(PAGE_PATHS) as PagePath[]) {
    const spec = PAGE_PATHS[key];
    if (!has(spec.part)) continue;
    const f = r.paths[key]?.find((p) => p.size === size);
    budgets.push(max(`${spec.label}, ${n} actors, p95 of ${f?.runs.length ?? 0} (Chromium)`, f?.p95, LIMITS[spec.limit], 'ms', f?.failure));
    if (spec.longTasks) {
      budgets.push(
        max(
          `longest main-thread task, ${spec.label}, ${n} actors`,
          f?.failure ? NaN : f?.longestTaskMs,
          LIMITS.longTaskMs,
          'ms',
          f?.failure,
        ),
      );
    }
  }
  if (has('workshop')) {
    const real = r.workshop.find((w) => w.label.startsWith('France Services'));
    budgets.push(
      max('workshop: France Services list (2,683 rows) → checked, median', real?.firstMedian, LIMITS.workshopRealMs, 'ms', real?.failure),
    );
    const large = r.workshop.find((w) => w.rows === size && !w.label.startsWith('France'));
    if (large)
      budgets.push(max(`workshop: ${n} generated rows → checked, median`, large.firstMedian, LIMITS.workshopLargeMs, 'ms', large.failure));
  }
  if (has('memory')) {
    const m = r.memory.find((x) => x.size === size);
    budgets.push(
      max(
        `renderer memory (VmRSS) after load, list and fiche, background work over, ${n} actors`,
        m?.rendererRssMb,
        LIMITS.rendererMemoryMb,
        'MB',
        m?.failure,
      ),
    );
  }
  return budgets;
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

await main();
