/**
 * Synthetic datasets of the real schema: the sample generator writes sheets, the data pipeline
 * reads them (validation, placement on the gazetteer), exactly as for `npm run data`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readPlaces } from '../scripts/build-data';
import { sampleInputs } from '../scripts/generate-sample-inputs';
import { toCsv } from '../src/core/csv';
import { buildDataset, countDataset } from '../src/pipeline/dataset';
import { detailsShardFile, writeDataFiles } from '../src/pipeline/data-files';
import type { Gazetteer } from '../src/core/gazetteer';
import type { ActorCollection, ActorRecordCollection, DatasetMeta, DetailsShard, Link } from '../src/core/model';
import { ACTOR_HEADER, generateSample, LINK_HEADER } from '../src/pipeline/sample/generator';
import { GAZETTEER_FILE } from '../scripts/build-geo';
import { ACTORS_FILE } from '../src/core/actor-columns';
import { LINKS_FILE } from '../src/core/link-columns';
import { readBigFile } from '../src/state/data-file-read';

export interface BenchDataset {
  size: number;
  /** Every property of every actor (the app's actors.columns.json and details shards together). */
  actors: ActorRecordCollection;
  links: Link[];
  /** The pipeline on the generated sheets (decoding aside): rows checked, placed, linked, ms. */
  pipelineMs: number;
}

/** Share of projects among the rows, and links per row, as in the network's own data. */
const PROJECT_SHARE = 0.3;
const LINKS_PER_ROW = 1.2;

/** The generated sheets of `size` rows (actors and projects) and their links, as CSV text, seeded by the size. */
export async function generateSheets(size: number, dataDir: string): Promise<{ actors: string; links: string }> {
  const gazetteerPath = resolve(dataDir, GAZETTEER_FILE);
  if (!existsSync(gazetteerPath)) throw new Error(`${gazetteerPath} is missing: run "npm run data" first`);
  const gazetteer = JSON.parse(await readFile(gazetteerPath, 'utf8')) as Gazetteer;
  const { communes, departements } = sampleInputs(gazetteer);
  const projects = Math.round(size * PROJECT_SHARE);
  const tables = generateSample(communes, departements, {
    seed: size,
    actors: size - projects,
    projects,
    links: Math.round(size * LINKS_PER_ROW),
  });
  return { actors: toCsv([...ACTOR_HEADER], tables.actors), links: toCsv([...LINK_HEADER], tables.links) };
}

export async function generateDataset(size: number, dataDir: string): Promise<BenchDataset> {
  const sheets = await generateSheets(size, dataDir);
  const places = await readPlaces(dataDir);
  const started = performance.now();
  const build = buildDataset(
    [{ file: 'bench-actors.csv', text: sheets.actors, sampleByDefault: true }],
    [{ file: 'bench-links.csv', text: sheets.links, sampleByDefault: true }],
    places,
  );
  const pipelineMs = performance.now() - started;
  return { size: build.actors.features.length, actors: build.actors, links: build.links, pipelineMs };
}

export interface DatasetFiles {
  dir: string;
  actors: string;
  links: string;
  meta: string;
}

/** Sources whose change makes a cached dataset stale. */
const GENERATOR_SOURCES = [
  'src/pipeline/sample/generator.ts',
  'src/pipeline/sample/names.ts',
  'src/pipeline/dataset.ts',
  'src/pipeline/data-files.ts',
  'src/pipeline/actor-rows.ts',
  'src/pipeline/placement.ts',
  'src/pipeline/link-rows.ts',
  'src/core/grammar/text.ts',
  'src/core/actor-columns.ts',
  'src/core/link-columns.ts',
  'src/core/cluster-overview.ts',
  'src/core/cluster-index.ts',
  'src/core/cluster-hierarchy.ts',
];

/**
 * The dataset of `size` rows and its files as the app loads them (actors.columns.json, links.columns.json,
 * meta.json), generated once into `cacheDir` and reused while the generator is unchanged: the
 * 100,000-row one takes about a minute to generate and place.
 */
export async function cachedDataset(size: number, root: string, cacheDir: string): Promise<{ dataset: BenchDataset; files: DatasetFiles }> {
  const hash = createHash('sha256');
  for (const f of GENERATOR_SOURCES) hash.update(await readFile(resolve(root, f)));
  const dir = resolve(cacheDir, `data-${size}-${hash.digest('hex').slice(0, 12)}`);
  const files = { dir, actors: resolve(dir, ACTORS_FILE), links: resolve(dir, LINKS_FILE), meta: resolve(dir, 'meta.json') };
  const timing = resolve(dir, 'pipeline.json');
  if (existsSync(files.meta) && existsSync(timing)) {
    const actors = await readActorRecords(dir, readBigFile(ACTORS_FILE, JSON.parse(await readFile(files.actors, 'utf8'))));
    const links = readBigFile(LINKS_FILE, JSON.parse(await readFile(files.links, 'utf8')));
    const { pipelineMs } = JSON.parse(await readFile(timing, 'utf8')) as { pipelineMs: number };
    return { dataset: { size: actors.features.length, actors, links, pipelineMs }, files };
  }
  const dataset = await generateDataset(size, resolve(root, 'public/data'));
  const meta: Omit<DatasetMeta, 'details'> = {
    builtAt: '2026-01-01T00:00:00.000Z',
    counts: countDataset(dataset.actors.features, dataset.links),
    sources: {},
    problems: { errors: 0, warnings: 0 },
  };
  // The files as the app loads them, written by the pipeline's own writer.
  await rm(dir, { recursive: true, force: true });
  for (const [name, text] of writeDataFiles({ actors: dataset.actors, links: dataset.links, meta }).files) {
    await mkdir(dirname(resolve(dir, name)), { recursive: true });
    await writeFile(resolve(dir, name), text);
  }
  await writeFile(timing, JSON.stringify({ pipelineMs: dataset.pipelineMs }));
  return { dataset, files };
}

/** The actors of the map's file with their details put back from the shards next to it. */
async function readActorRecords(dir: string, collection: ActorCollection): Promise<ActorRecordCollection> {
  const features: ActorRecordCollection['features'] = [];
  for (let first = 0, k = 0; first < collection.features.length; k += 1) {
    const shard = JSON.parse(await readFile(resolve(dir, detailsShardFile(k)), 'utf8')) as DetailsShard;
    if (shard.details.length === 0) break;
    for (const { id: _, ...details } of shard.details) {
      const feature = collection.features[first]!;
      features.push({ ...feature, properties: { ...feature.properties, ...details } });
      first += 1;
    }
  }
  return { type: 'FeatureCollection', features };
}
