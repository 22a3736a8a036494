/**
 * `npm run data`: validates the sheets of `data/` and writes what the app loads into
 * `public/data/` (actors GeoJSON, links, meta, fragility), with a report of every problem.
 *
 * Sheets: `data/sources.json` lists the actor and link sheets and says which hold generated
 * sample data. Exit code 1 when a sheet has errors (rows that could not be used), after writing
 * the good rows and the report; `--allow-errors` keeps exit code 0 (used by `npm start`).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSheetBytes } from '../src/pipeline/encoding';
import { placesFromFiles } from '../src/pipeline/gazetteer-places';
import type { DatasetMeta } from '../src/core/model';
import type { Places } from '../src/pipeline/placement';
import { formatProblems, type Problem } from '../src/core/problems';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { SourceListSchema, type SourceList } from '../src/pipeline/sources';
import { BASEMAP_FILE, BASEMAP_OVERVIEW_FILE, buildGeo, GAZETTEER_FILE, writePlaceLabels } from './build-geo';
import { PLACES_FILE } from '../src/core/place-labels';
import { OVERVIEW_FILE } from '../src/core/cluster-overview';
import type { Gazetteer } from '../src/core/gazetteer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type { SourceList };

export interface BuildDataOptions {
  /** Folder of the sheets and of `sources.json`. */
  dataDir: string;
  /** Folder the app loads its files from. */
  outDir: string;
  /** ISO timestamp written as the build date; defaults to SOURCE_DATE_EPOCH or now. */
  builtAt?: string;
  /** Places already indexed (tests building many small datasets); read from the gazetteer otherwise. */
  places?: Places;
}

export interface BuildDataResult {
  meta: DatasetMeta;
  problems: Problem[];
  files: string[];
}

/** Data files of earlier layouts, removed from the output folder. */
const FORMER_FILES = ['actors.geojson', 'links.json'];

export async function buildData(options: BuildDataOptions): Promise<BuildDataResult> {
  const { dataDir, outDir } = options;
  const sources = await readSourceList(dataDir);
  const result = await runPipeline({
    sources,
    read: async (file) => new Uint8Array(await readFile(resolve(dataDir, file))),
    places: options.places ?? (await readPlaces(outDir)),
    builtAt: options.builtAt ?? buildTimestamp(),
  });
  await mkdir(outDir, { recursive: true });
  // Shards of a bigger former build must not linger, nor the files of the former layouts
  // (the actors' GeoJSON, the links as a list of objects: files the atlas no longer reads, that a
  // host would still publish).
  await rm(resolve(outDir, 'details'), { recursive: true, force: true });
  for (const former of FORMER_FILES) await rm(resolve(outDir, former), { force: true });
  // A smaller dataset has no overview: the one of a former, larger build must not stay.
  if (!result.files.has(OVERVIEW_FILE)) await rm(resolve(outDir, OVERVIEW_FILE), { force: true });
  await mkdir(resolve(outDir, 'details'), { recursive: true });
  for (const [name, text] of result.files) await writeFile(resolve(outDir, name), text, 'utf8');
  return { meta: result.meta, problems: result.problems, files: [...result.files.keys()] };
}

/** `sources.json` of a data folder, checked: a mistake in it is said with its place. */
export async function readSourceList(dataDir: string): Promise<SourceList> {
  const file = resolve(dataDir, 'sources.json');
  const parsed = SourceListSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`).join(' ; ');
    throw new Error(`sources.json illisible : ${where}`);
  }
  return parsed.data;
}

/**
 * The places of the gazetteer and the départements' contours of the basemap next to the outputs
 * (derived from `geo/` first when any geo file is missing).
 */
export async function readPlaces(outDir: string): Promise<Places> {
  const geoFiles = [GAZETTEER_FILE, BASEMAP_FILE, BASEMAP_OVERVIEW_FILE];
  if (geoFiles.some((file) => !existsSync(resolve(outDir, file)))) await buildGeo({ outDir });
  const [gazetteerText, basemapText] = await Promise.all([GAZETTEER_FILE, BASEMAP_FILE].map((f) => readFile(resolve(outDir, f), 'utf8')));
  if (!existsSync(resolve(outDir, PLACES_FILE))) writePlaceLabels(outDir, JSON.parse(gazetteerText ?? '') as Gazetteer);
  return placesFromFiles(gazetteerText ?? '', basemapText ?? '');
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1252 from an old spreadsheet, or UTF-8 and Windows-1252 lines. */
export function decodeSheet(buffer: Buffer): string {
  return decodeSheetBytes(buffer).text;
}

function buildTimestamp(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}

async function main(): Promise<void> {
  const allowErrors = process.argv.includes('--allow-errors');
  const { meta, problems, files } = await buildData({ dataDir: resolve(ROOT, 'data'), outDir: resolve(ROOT, 'public/data') });
  const c = meta.counts;
  console.log(
    `Données : ${c.actors} acteurs et ${c.projects} projets (${c.real} réels, ${c.sample} d’exemple), ` +
      `${c.located} placés sur la carte, ${c.unlocated} sans implantation, ${c.links} liens.`,
  );
  console.log(`Fichiers écrits dans public/data : ${files.join(', ')}.`);
  if (problems.length > 0) {
    console.log(`\n${formatProblems(problems)}\n`);
  }
  const { errors, warnings } = meta.problems;
  console.log(`${errors} erreur(s), ${warnings} avertissement(s). Détail : public/data/report.json`);
  if (errors > 0) {
    console.error(
      allowErrors
        ? 'Des lignes ont été écartées (voir ci-dessus) ; la carte est construite sans elles.'
        : 'Corrigez les erreurs ci-dessus (les lignes concernées ont été écartées de la carte).',
    );
    if (!allowErrors) process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
