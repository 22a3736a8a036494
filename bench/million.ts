/**
 * `npm run bench:million`: the path to a million rows, measured.
 *
 * 1. A generated dataset of ATLAS_MILLION_ROWS rows (default 1,000,000) through the pipeline, in a
 *    child process (`million-pipeline.ts`) whose peak memory is its own: wall time of each step,
 *    peak RSS. Then its PMTiles archive: build time and size. Cached in `bench/.out/million-<hash>`
 *    while the generator, the pipeline and the tile step are unchanged.
 * 2. The app built into `bench/.out/dist-million`, the tiled dataset as its `data/` (`meta.json`
 *    with `tiles`, `actors.pmtiles`; no `actors.columns.json`), served by `vite preview` (range
 *    requests), in headless Chromium: first markers cold (median of 3), bytes of the first view,
 *    against the budget. Exit code 1 when it is missed.
 *
 * `--only=prepare` does 1 and the build, `--only=browser` the browser part alone (to hold a lock
 * on the browser only).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { dropWholeDataPreloads } from '../build/tiled-preloads';
import { TILES_MAX_ZOOM } from '../src/pipeline/actor-tiles';
import { MAP_INTERACTIVE_MARK } from '../src/state/perf-marks';
import { HOST, launch } from './browser-bench';
import type { PipelineFigures } from './million-pipeline';
import { summarize } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, 'bench/.out');
const DIST = resolve(OUT, 'dist-million');
const ROWS = Number(process.env['ATLAS_MILLION_ROWS'] ?? 1_000_000);
const PORT = Number(process.env['ATLAS_BENCH_PORT'] ?? 4181);
/** Heap given to the pipeline's child: 1M rows held as objects take several GB. */
const CHILD_HEAP_MB = Number(process.env['ATLAS_MILLION_HEAP_MB'] ?? 14_000);

/** Budget: at a million rows, first markers cold through the tiles, built app, headless Chromium. */
export const MILLION_FIRST_MARKERS_MS = 5000;
const RUNS = 3;
const TIMEOUT_MS = 120_000;
const WINDOW_SETTLE_MS = 2000;

const SOURCES = [
  'src/pipeline/sample/generator.ts',
  'src/pipeline/sample/names.ts',
  'src/pipeline/dataset.ts',
  'src/pipeline/actor-rows.ts',
  'src/pipeline/placement.ts',
  'src/pipeline/link-rows.ts',
  'src/pipeline/actor-tiles.ts',
  'src/pipeline/pmtiles-writer.ts',
  'src/core/actor-tile-keys.ts',
  'bench/million-pipeline.ts',
];

export interface MillionPipeline extends PipelineFigures {
  /** Wall time of the child, from spawn to exit, ms. */
  wallMs: number;
  dir: string;
}

/** The dataset of `rows` rows and its tiles, generated in a child process once per source version. */
export async function millionPipeline(rows = ROWS): Promise<MillionPipeline> {
  const hash = createHash('sha256');
  for (const f of SOURCES) hash.update(await readFile(resolve(ROOT, f)));
  const dir = resolve(OUT, `million-${rows}-${hash.digest('hex').slice(0, 12)}`);
  const figures = resolve(dir, 'pipeline.json');
  if (existsSync(figures)) return JSON.parse(await readFile(figures, 'utf8')) as MillionPipeline;
  const work = `${dir}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', 'bench/million-pipeline.ts', String(rows), work],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (code !== 0) {
    throw new Error(`the pipeline's child stopped (exit ${code}) after ${(wallMs / 1000).toFixed(0)} s:\n${stderr.slice(-2000)}`);
  }
  const result: MillionPipeline = {
    ...(JSON.parse(await readFile(resolve(work, 'pipeline.json'), 'utf8')) as PipelineFigures),
    wallMs,
    dir,
  };
  await writeFile(resolve(work, 'pipeline.json'), JSON.stringify(result, null, 2));
  await rm(dir, { recursive: true, force: true });
  await rename(work, dir);
  return result;
}

/**
 * The app built into its own folder, with the tiled dataset as its data: the default `meta.json`
 * given the big dataset's counts and `tiles`, the archive beside it, the rows' files removed (the
 * app must not need them) and their preloads dropped from the page (as the build does for a tiled
 * dataset).
 */
export async function buildTiledApp(pipeline: MillionPipeline): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const data = resolve(DIST, 'data');
  const meta = JSON.parse(await readFile(resolve(data, 'meta.json'), 'utf8')) as Record<string, unknown>;
  const counts = JSON.parse(await readFile(resolve(pipeline.dir, 'counts.json'), 'utf8')) as unknown;
  await writeFile(
    resolve(data, 'meta.json'),
    JSON.stringify({ ...meta, counts, tiles: { file: 'actors.pmtiles', maxZoom: TILES_MAX_ZOOM, points: pipeline.located } }),
  );
  for (const f of ['actors.columns.json', 'links.columns.json', 'details']) await rm(resolve(data, f), { recursive: true, force: true });
  // A hard link: the archive is hundreds of MB.
  await link(resolve(pipeline.dir, 'actors.pmtiles'), resolve(data, 'actors.pmtiles')).catch(() =>
    copyFile(resolve(pipeline.dir, 'actors.pmtiles'), resolve(data, 'actors.pmtiles')),
  );
  for (const page of ['index.html', 'embed.html']) {
    const file = resolve(DIST, page);
    if (existsSync(file)) await writeFile(file, dropWholeDataPreloads(await readFile(file, 'utf8')));
  }
}

export interface TiledFirstView {
  /** ms from navigation start to the first markers drawn (the interactive mark), one per run. */
  runs: number[];
  median: number;
  /** Markers on screen then (last run). */
  markers: number;
  /** Bytes transferred up to then (last run): all, and those of `data/` (range requests included). */
  bytes: number;
  dataBytes: number;
  /** Range requests to the archive up to then (last run). */
  archiveRequests: number;
  /** Files of `data/` fetched up to then. */
  data: string[];
}

/** Cold loads of a tiled build: a fresh context each run (empty cache). */
export async function tiledFirstView(browser: Browser, baseUrl: string, runs = RUNS): Promise<TiledFirstView> {
  const times: number[] = [];
  let last: Omit<TiledFirstView, 'runs' | 'median'> = { markers: 0, bytes: 0, dataBytes: 0, archiveRequests: 0, data: [] };
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.waitForTimeout(WINDOW_SETTLE_MS);
    await page.goto(baseUrl);
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime, MAP_INTERACTIVE_MARK, {
      timeout: TIMEOUT_MS,
      polling: 50,
    });
    const at = (await handle.jsonValue()) as number;
    times.push(at);
    const entries = await page.evaluate((until) => {
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= until)
        .map((e) => ({ path: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).transferSize }));
    }, at);
    last = {
      markers: await page.locator('.atlas-marker').count(),
      bytes: entries.reduce((n, e) => n + e.bytes, 0),
      dataBytes: entries.filter((e) => e.path.includes('/data/')).reduce((n, e) => n + e.bytes, 0),
      archiveRequests: entries.filter((e) => e.path.endsWith('/actors.pmtiles')).length,
      data: [...new Set(entries.filter((e) => e.path.includes('/data/')).map((e) => e.path.split('/data/')[1] ?? ''))],
    };
    await context.close();
  }
  return { runs: times, median: summarize(times).median, ...last };
}

function startPreview(port: number): Promise<PreviewServer> {
  return preview({ root: ROOT, logLevel: 'warn', build: { outDir: DIST }, preview: { host: HOST, port, strictPort: true, open: false } });
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const pipeline = await millionPipeline();
  if (only !== 'browser') {
    const p = pipeline;
    console.log(
      `${p.rows.toLocaleString('en')} rows (${p.located.toLocaleString('en')} placed) through the pipeline, child wall time ${s(p.wallMs)}`,
    );
    console.log(
      `  generate ${s(p.generateMs)} · sheets ${s(p.sheetsMs)} (${p.sheets} sheets) · pipeline ${s(p.pipelineMs)} · write actors.columns.json ${s(p.writeMs)} (${mb(p.actorsFileBytes)})`,
    );
    console.log(
      `  peak RSS ${p.peakRssMb} MB, heap after the pipeline ${p.heapAfterPipelineMb} MB, CPU ${p.cpuMs === undefined ? 'not measured' : s(p.cpuMs)}`,
    );
    console.log(
      `  one sheet would be ${(p.actorSheetChars / 1e6).toFixed(0)} M characters; actors.columns.json ${(p.actorsFileBytes / 1e6).toFixed(0)} MB (V8's string limit: 536 M characters)`,
    );
    console.log(`tiles: ${s(p.tilesMs)}, ${p.tiles.toLocaleString('en')} tiles, actors.pmtiles ${mb(p.archiveBytes)}`);
    await buildTiledApp(pipeline);
  }
  if (only === 'prepare') return;
  const server = await startPreview(PORT);
  const browser = await launch();
  try {
    const view = await tiledFirstView(browser, `http://${HOST}:${PORT}/`);
    console.log(
      `first markers at ${pipeline.rows.toLocaleString('en')} rows, tiled, cold: ${view.runs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    );
    console.log(
      `  median ${view.median.toFixed(0)} ms · ${view.markers} markers · ${(view.bytes / 1024).toFixed(0)} KB transferred, ${(view.dataBytes / 1024).toFixed(0)} KB of data/ (${view.archiveRequests} range requests) · ${view.data.join(', ')}`,
    );
    const ok = view.median <= MILLION_FIRST_MARKERS_MS;
    console.log(
      `${ok ? 'PASS' : 'FAIL'} first markers at 1M through tiles (median): ${view.median.toFixed(0)} ms ≤ ${MILLION_FIRST_MARKERS_MS} ms`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
