/**
 * `npm run data:sample`: writes the generated sample sheets `data/sample-actors.csv` and
 * `data/sample-links.csv` (seeded, so the same inputs give the same files). They are committed
 * like the real sheets and go through the same validation; delete them from `data/sources.json`
 * to build the map on real data only.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../src/core/csv';
import type { Gazetteer } from '../src/core/gazetteer';
import { ACTOR_HEADER, DEFAULT_SAMPLE_OPTIONS, generateSample, LINK_HEADER } from '../src/pipeline/sample/generator';
import { buildGeo, GAZETTEER_FILE } from './build-geo';
import { sampleInputs } from './generate-sample-inputs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const outDir = resolve(ROOT, 'public/data');
  const gazetteerPath = resolve(outDir, GAZETTEER_FILE);
  if (!existsSync(gazetteerPath)) await buildGeo({ outDir });
  const gazetteer = JSON.parse(await readFile(gazetteerPath, 'utf8')) as Gazetteer;
  const { communes, departements } = sampleInputs(gazetteer);
  const tables = generateSample(communes, departements, DEFAULT_SAMPLE_OPTIONS);
  await writeFile(resolve(ROOT, 'data/sample-actors.csv'), toCsv([...ACTOR_HEADER], tables.actors), 'utf8');
  await writeFile(resolve(ROOT, 'data/sample-links.csv'), toCsv([...LINK_HEADER], tables.links), 'utf8');
  console.log(`data/sample-actors.csv : ${tables.actors.length} lignes ; data/sample-links.csv : ${tables.links.length} lignes.`);
}

await main();
