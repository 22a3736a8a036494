/**
 * The child process of `npm run bench:million`: a generated dataset of `size` rows through the
 * data pipeline (generator → sheets → `buildDataset`), then its tiles (`buildActorTiles`), with the
 * time of each step and the process's peak memory (`process.resourceUsage().maxRSS`), written as
 * JSON to `<outDir>/pipeline.json`. Run alone so that its peak is its own.
 *
 *   tsx bench/million-pipeline.ts <size> <outDir>
 *
 * One sheet of a million rows is more text than one JavaScript string can hold (V8 caps a string
 * at 2^29 - 24 characters, ~512 MiB): the rows go in as sheets of SHEET_ROWS rows (the pipeline
 * takes several sheets). The actors’ columns file of a million rows (~180 MB) fits in one string;
 * a GeoJSON of the same rows did not (857 MB).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaces } from '../scripts/build-data';
import { sampleInputs } from '../scripts/generate-sample-inputs';
import { GAZETTEER_FILE } from '../scripts/build-geo';
import { toCsv } from '../src/core/csv';
import type { Gazetteer } from '../src/core/gazetteer';
import { buildDataset, type Sheet } from '../src/pipeline/dataset';
import { buildActorTiles, type TilePoint } from '../src/pipeline/actor-tiles';
import { ACTOR_HEADER, generateSample, LINK_HEADER } from '../src/pipeline/sample/generator';
import { ACTORS_FILE, actorColumnsOf } from '../src/core/actor-columns';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHEET_ROWS = 100_000;
/** V8's longest string on 64-bit builds. */
const MAX_STRING = 2 ** 29 - 24;

export interface PipelineFigures {
  size: number;
  rows: number;
  located: number;
  /** ms of each step. */
  generateMs: number;
  sheetsMs: number;
  pipelineMs: number;
  writeMs: number;
  tilesMs: number;
  /** Characters of the actor and link sheets, and whether each would fit in one string. */
  actorSheetChars: number;
  linkSheetChars: number;
  sheets: number;
  actorsFileBytes: number;
  archiveBytes: number;
  tiles: number;
  /** Peak resident memory of the whole child, MB, and the V8 heap after the pipeline. */
  peakRssMb: number;
  /** CPU time of the child (user + system), ms: on a shared machine, wall times stretch, this does not. */
  cpuMs?: number;
  heapAfterPipelineMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function main(size: number, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const dataDir = resolve(ROOT, 'public/data');
  const gazetteer = JSON.parse(await readFile(resolve(dataDir, GAZETTEER_FILE), 'utf8')) as Gazetteer;
  const { communes, departements } = sampleInputs(gazetteer);
  const projects = Math.round(size * 0.3);
  let t = performance.now();
  const tables = generateSample(communes, departements, { seed: size, actors: size - projects, projects, links: Math.round(size * 1.2) });
  const generateMs = performance.now() - t;

  t = performance.now();
  const sheets = (header: readonly string[], rows: string[][], name: string): Sheet[] => {
    const out: Sheet[] = [];
    for (let i = 0; i < rows.length; i += SHEET_ROWS) {
      out.push({ file: `${name}-${out.length + 1}.csv`, text: toCsv([...header], rows.slice(i, i + SHEET_ROWS)), sampleByDefault: true });
    }
    return out;
  };
  const actorSheets = sheets(ACTOR_HEADER, tables.actors, 'bench-actors');
  const linkSheets = sheets(LINK_HEADER, tables.links, 'bench-links');
  const sheetsMs = performance.now() - t;
  const chars = (s: Sheet[]) => s.reduce((n, sheet) => n + (sheet.text ?? '').length, 0);
  const actorSheetChars = chars(actorSheets);
  const linkSheetChars = chars(linkSheets);
  (tables as { actors: unknown; links: unknown }).actors = [];
  (tables as { actors: unknown; links: unknown }).links = [];

  t = performance.now();
  const build = buildDataset(actorSheets, linkSheets, await readPlaces(dataDir));
  const pipelineMs = performance.now() - t;
  actorSheets.length = 0;
  linkSheets.length = 0;
  const heapAfterPipelineMb = mb(process.memoryUsage().heapUsed);

  t = performance.now();
  const actorsFileBytes = await writeText(resolve(outDir, ACTORS_FILE), JSON.stringify(actorColumnsOf(build.actors.features)));
  await writeFile(resolve(outDir, 'counts.json'), JSON.stringify(build.counts));
  const writeMs = performance.now() - t;

  t = performance.now();
  const points: TilePoint[] = [];
  build.actors.features.forEach((f, row) => {
    if (!f.geometry) return;
    const a = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    points.push({ row, id: a.id, name: a.name, lon, lat, kind: a.kind, practices: a.practices, profile: a.profile, sample: a.sample });
  });
  const tiles = buildActorTiles(points);
  await writeFile(resolve(outDir, 'actors.pmtiles'), tiles.archive);
  const tilesMs = performance.now() - t;

  const figures: PipelineFigures = {
    size,
    rows: build.actors.features.length,
    located: points.length,
    generateMs,
    sheetsMs,
    pipelineMs,
    writeMs,
    tilesMs,
    actorSheetChars,
    linkSheetChars,
    sheets: Math.ceil(size / SHEET_ROWS),
    actorsFileBytes,
    archiveBytes: tiles.archive.length,
    tiles: tiles.tiles,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    heapAfterPipelineMb,
  };
  await writeFile(resolve(outDir, 'pipeline.json'), JSON.stringify(figures, null, 2));
  console.log(JSON.stringify(figures));
}

/** `text` written to `path`; its size in bytes. */
async function writeText(path: string, text: string): Promise<number> {
  await writeFile(path, text);
  return Buffer.byteLength(text);
}

export { MAX_STRING };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [size, outDir] = process.argv.slice(2);
  await main(Number(size), resolve(outDir ?? '.'));
}
