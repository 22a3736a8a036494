/**
 * A generated dataset of any size, built by `npm run data`'s own code into a temporary folder,
 * and served to a page in place of the app's data files: for browser tests of large selections.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildData, readPlaces } from '../../scripts/build-data';
import { sampleInputs } from '../../scripts/generate-sample-inputs';
import { GAZETTEER_FILE } from '../../scripts/build-geo';
import { toCsv } from '../../src/core/csv';
import type { Gazetteer } from '../../src/core/gazetteer';
import { ACTOR_HEADER, generateSample, LINK_HEADER } from '../../src/pipeline/sample/generator';

const PUBLIC_DATA = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'public/data');

/** The files of data/ that a generated dataset replaces (fiche details too). */
const DATA_FILES = /\/data\/(actors\.columns\.json|links\.columns\.json|overview\.json|meta\.json|details\/[^?]+)$/;

export interface GeneratedData {
  /** The data folder, as `npm run data` writes it. */
  dir: string;
  /** Removes it. */
  remove: () => Promise<void>;
}

/** `size` generated fiches (30 % projects, 1.2 links each), seeded by their number. */
export async function generatedData(size: number): Promise<GeneratedData> {
  const work = await mkdtemp(join(tmpdir(), 'atlas-generated-'));
  const gazetteer = JSON.parse(await readFile(resolve(PUBLIC_DATA, GAZETTEER_FILE), 'utf8')) as Gazetteer;
  const { communes, departements } = sampleInputs(gazetteer);
  const projects = Math.round(size * 0.3);
  const tables = generateSample(communes, departements, { seed: size, actors: size - projects, projects, links: size * 1.2 });
  const dataDir = join(work, 'sheets');
  const dir = join(work, 'out');
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'actors.csv'), toCsv([...ACTOR_HEADER], tables.actors), 'utf8');
  await writeFile(join(dataDir, 'links.csv'), toCsv([...LINK_HEADER], tables.links), 'utf8');
  const sources = { actors: [{ file: 'actors.csv', sample: true }], links: [{ file: 'links.csv', sample: true }] };
  await writeFile(join(dataDir, 'sources.json'), JSON.stringify(sources), 'utf8');
  await buildData({ dataDir, outDir: dir, builtAt: '2026-01-01T00:00:00.000Z', places: await readPlaces(PUBLIC_DATA) });
  return { dir, remove: () => rm(work, { recursive: true, force: true }) };
}

/**
 * Serves the files of `dir` to `page` in place of the app's own (a file the folder lacks is the
 * app's); `hold` delays a file's answer until the promise it returns settles.
 */
export async function routeGeneratedData(page: Page, dir: string, hold?: (file: string) => Promise<void> | undefined): Promise<void> {
  await page.route(DATA_FILES, async (route) => {
    const name = DATA_FILES.exec(new URL(route.request().url()).pathname)?.[1] ?? '';
    const file = join(dir, name);
    if (!existsSync(file)) return route.continue();
    await hold?.(name);
    return route.fulfill({ body: await readFile(file), contentType: 'application/json' });
  });
}
