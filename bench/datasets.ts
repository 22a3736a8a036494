/**
 * Synthetic datasets of the real schema: the sample generator writes sheets, the data pipeline
 * reads them (validation, placement on the gazetteer), exactly as for `npm run data`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readPlaces } from '../scripts/build-data';
import { sampleInputs } from '../scripts/generate-sample-inputs';
import { toCsv } from '../src/domain/csv';
import { buildDataset } from '../src/domain/dataset';
import type { Gazetteer } from '../src/domain/gazetteer';
import type { ActorCollection, Link } from '../src/domain/model';
import { ACTOR_HEADER, generateSample, LINK_HEADER } from '../src/domain/sample/generator';
import { GAZETTEER_FILE } from '../scripts/build-geo';

export interface BenchDataset {
  size: number;
  actors: ActorCollection;
  links: Link[];
}

/** Share of projects among the rows, and links per row, as in the network's own data. */
const PROJECT_SHARE = 0.3;
const LINKS_PER_ROW = 1.2;

export async function generateDataset(size: number, dataDir: string): Promise<BenchDataset> {
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
  const places = await readPlaces(dataDir);
  const build = buildDataset(
    [{ file: 'bench-actors.csv', text: toCsv([...ACTOR_HEADER], tables.actors), sampleByDefault: true }],
    [{ file: 'bench-links.csv', text: toCsv([...LINK_HEADER], tables.links), sampleByDefault: true }],
    places,
  );
  return { size: build.actors.features.length, actors: build.actors, links: build.links };
}
