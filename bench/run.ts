/**
 * `npm run bench`: builds the app, generates 1k/10k/100k datasets of the real schema, measures
 * (node for the domain, headless Chromium for the page), prints one table and checks the budgets.
 * Exit code 1 names each failed budget. Results also go to bench/.out/results.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appFilterChanges, builtinFilterChanges, coldLoads, HOST, launch, startPreview } from './browser-bench';
import { formatBudget, LIMITS, passes, type Budget } from './budgets';
import { cachedDataset } from './datasets';
import { derivedBudgets, derivedBuilds } from './derived-builds';
import { benchDomain, FILTER_CHANGES, type DomainFigures } from './domain-bench';
import { buildSizes, gzipSize } from './sizes';
import { printTable } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, 'bench/.out');
const SIZES = [1_000, 10_000, 100_000] as const;
const PORT = Number(process.env['ATLAS_BENCH_PORT'] ?? 4179);
const COLD_RUNS_DEFAULT = 5;
const COLD_RUNS_LARGE = 3;
const BROWSER_FILTER_CHANGES = 40;
const LARGE_PATH = 'bench-large-data';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  log('building the data and the app…');
  if (!existsSync(resolve(ROOT, 'public/data/actors.geojson'))) run('npm', ['run', 'data']);
  run('npx', ['vite', 'build', '--logLevel', 'error']);

  const domain: DomainFigures[] = [];
  const large = [];
  for (const size of SIZES) {
    log(`dataset of ${size} rows…`);
    const { dataset, files } = await cachedDataset(size, ROOT, OUT);
    const regions = [...new Set(dataset.actors.features.map((f) => f.properties.region).filter((r) => r !== ''))];
    domain.push(benchDomain(dataset, regions));
    large.push(files);
  }
  const largest = large[large.length - 1];
  if (!largest) throw new Error('no dataset');
  // Served beside the build for the browser runs, removed afterwards.
  const largeDir = resolve(ROOT, 'dist', LARGE_PATH);
  await mkdir(largeDir, { recursive: true });
  for (const f of [largest.actors, largest.links, largest.meta]) await copyFile(f, resolve(largeDir, basename(f)));
  const largeData = { path: `/${LARGE_PATH}` };

  log(`Chromium on http://${HOST}:${PORT}/ …`);
  const server = await startPreview(ROOT, PORT);
  const browser = await launch();
  const baseUrl = `http://${HOST}:${PORT}/`;
  let browserFigures;
  try {
    const coldDefault = await coldLoads(browser, baseUrl, COLD_RUNS_DEFAULT);
    const coldLarge = await coldLoads(browser, baseUrl, COLD_RUNS_LARGE, largeData);
    const appFilter = await appFilterChanges(browser, baseUrl, BROWSER_FILTER_CHANGES, largeData);
    const builtinFilter = await builtinFilterChanges(browser, baseUrl, BROWSER_FILTER_CHANGES, largeData);
    const derived = await derivedBuilds(browser, baseUrl);
    browserFigures = { coldDefault, coldLarge, appFilter, builtinFilter, derived };
  } finally {
    await browser.close();
    await server.close();
    await rm(largeDir, { recursive: true, force: true });
  }

  const dist = resolve(ROOT, 'dist');
  const initialData = browserFigures.coldDefault.data.map((p) => p.replace(/^\/data\//, ''));
  const sizes = buildSizes(dist, browserFigures.coldDefault.scripts, initialData);
  const defaultDataset = ['actors.geojson', 'links.json', 'meta.json'];
  const datasetSizes = buildSizes(dist, [], defaultDataset).dataInitial;
  const largeGzip = { actors: gzipSize(readFileSync(largest.actors)), links: gzipSize(readFileSync(largest.links)) };

  const big = domain[domain.length - 1] as DomainFigures;
  const { appFilter, builtinFilter, coldDefault } = browserFigures;
  const budgets: Budget[] = [
    {
      name: `filter change → clusters drawn, ${big.size} actors, p95 (Chromium)`,
      value: appFilter.p95,
      limit: LIMITS.filterP95Ms,
      unit: 'ms',
      kind: 'max',
    },
    {
      name: `filter change → clusters ready, ${big.size} actors, p95 (node)`,
      value: big.filterToClusters.p95,
      limit: LIMITS.filterP95Ms,
      unit: 'ms',
      kind: 'max',
    },
    {
      name: 'speed-up over MapLibre cluster:true + setData, median',
      value: builtinFilter.median / appFilter.median,
      limit: LIMITS.builtinRatio,
      unit: '×',
      kind: 'min',
    },
    {
      name: 'speed-up over MapLibre cluster:true + setData, p95',
      value: builtinFilter.p95 / appFilter.p95,
      limit: LIMITS.builtinRatio,
      unit: '×',
      kind: 'min',
    },
    { name: `near-me over ${big.size} actors, p95`, value: big.nearMe.p95, limit: LIMITS.nearMeMs, unit: 'ms', kind: 'max' },
    {
      name: 'first interactive map, default data, cold (median)',
      value: coldDefault.median,
      limit: LIMITS.firstInteractiveMs,
      unit: 'ms',
      kind: 'max',
    },
    {
      name: 'app JS without MapLibre, first view, gzip',
      value: sizes.appInitial.gzipBytes / 1024,
      limit: LIMITS.appJsKb,
      unit: 'KB',
      kind: 'max',
    },
    {
      name: 'default data files (actors, links, meta), gzip',
      value: datasetSizes.gzipBytes / 1024,
      limit: LIMITS.dataKb,
      unit: 'KB',
      kind: 'max',
    },
    ...derivedBudgets(browserFigures.derived),
  ];

  printTable({ domain, browser: browserFigures, sizes, datasetSizes, largeGzip, filterChanges: FILTER_CHANGES });
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${formatBudget(b)}`);
  await writeFile(
    resolve(OUT, 'results.json'),
    JSON.stringify({ domain, browser: browserFigures, sizes, datasetSizes, largeGzip, budgets }, null, 2),
  );
  const failed = budgets.filter((b) => !passes(b));
  if (failed.length > 0) {
    console.error(`\n${failed.length} budget(s) failed: ${failed.map((b) => b.name).join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets hold.');
  }
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

await main();
