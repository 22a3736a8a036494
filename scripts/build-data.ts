/**
 * `npm run data`: validates the sheets of `data/` and writes what the app loads into
 * `public/data/` (actors GeoJSON, links, meta, fragility), with a report of every problem.
 *
 * Sheets: `data/sources.json` lists the actor and link sheets and says which hold generated
 * sample data. Exit code 1 when a sheet has errors (rows that could not be used), after writing
 * the good rows and the report; `--allow-errors` keeps exit code 0 (used by `npm start`).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseCsv } from '../src/core/csv';
import { buildDataset, type Sheet } from '../src/pipeline/dataset';
import { writeDataFiles } from '../src/pipeline/data-files';
import { readDocuments } from '../src/pipeline/documents';
import { decodeSheetBytes, encodingProblems as encodingNotes } from '../src/pipeline/encoding';
import { buildGazetteerIndex, type Gazetteer } from '../src/core/gazetteer';
import { placesFromGazetteer } from '../src/pipeline/gazetteer-places';
import type { DepartementShape } from '../src/pipeline/departement-shapes';
import type { DatasetMeta } from '../src/core/model';
import type { Places } from '../src/pipeline/placement';
import { ProblemLog, countBySeverity, formatProblems, type Problem } from '../src/core/problems';
import { ActorCollectionSchema, DatasetMetaSchema, DetailsShardSchema, LinksSchema } from '../src/core/schema';
import { buildFragilityFile } from './build-fragility';
import { BASEMAP_FILE, BASEMAP_OVERVIEW_FILE, buildGeo, GAZETTEER_FILE } from './build-geo';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SourceList {
  actors: { file: string; sample: boolean }[];
  links: { file: string; sample: boolean }[];
  documents?: string;
  fragility?: string;
}

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

export async function buildData(options: BuildDataOptions): Promise<BuildDataResult> {
  const { dataDir, outDir } = options;
  const sourceList = JSON.parse(await readFile(resolve(dataDir, 'sources.json'), 'utf8')) as SourceList;
  const checksums: Record<string, string> = {};
  const encodingProblems: Problem[] = [];
  const readSheet = async (entry: { file: string; sample: boolean }): Promise<Sheet> => {
    const buffer = await readFile(resolve(dataDir, entry.file));
    checksums[entry.file] = sha256(buffer);
    const decoded = decodeSheetBytes(buffer);
    encodingProblems.push(...encodingNotes(entry.file, decoded));
    return { file: entry.file, text: decoded.text, sampleByDefault: entry.sample };
  };
  const actorSheets = await Promise.all(sourceList.actors.map(readSheet));
  const linkSheets = await Promise.all(sourceList.links.map(readSheet));
  const documentLog = new ProblemLog(sourceList.documents ?? '');
  const documents = sourceList.documents
    ? readDocuments(parseCsv((await readSheet({ file: sourceList.documents, sample: false })).text), documentLog)
    : new Map<string, string[]>();

  const places = options.places ?? (await readPlaces(outDir));
  const build = buildDataset(actorSheets, linkSheets, places, documents);
  const problems = [...encodingProblems, ...documentLog.problems, ...build.problems];
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  if (sourceList.fragility) {
    const fragilityFile = sourceList.fragility;
    checksums[fragilityFile] = sha256(await readFile(resolve(dataDir, fragilityFile)));
    const fragilityProblems = await buildFragilityFile(resolve(dataDir, fragilityFile), resolve(outDir, 'fragility.json'));
    for (const p of fragilityProblems) {
      problems.push({
        severity: 'error',
        file: fragilityFile,
        line: p.line,
        column: p.column,
        value: p.value,
        message: p.message,
        action: 'ligne écartée',
      });
    }
    files.push('fragility.json');
  }

  const written = writeDataFiles({
    actors: build.actors,
    links: build.links,
    meta: {
      builtAt: options.builtAt ?? buildTimestamp(),
      counts: build.counts,
      sources: sortKeys(checksums),
      problems: countBySeverity(problems),
    },
    problems,
  });
  checkOutputs(written.files);
  // Shards of a bigger former build must not linger.
  await rm(resolve(outDir, 'details'), { recursive: true, force: true });
  await mkdir(resolve(outDir, 'details'), { recursive: true });
  for (const [name, text] of written.files) {
    await writeFile(resolve(outDir, name), text, 'utf8');
    files.push(name);
  }
  const meta = written.meta;
  return { meta, problems, files };
}

/** The pipeline's own output must meet the schemas the app checks on load. */
function checkOutputs(files: ReadonlyMap<string, string>): void {
  for (const [name, text] of files) {
    const json = JSON.parse(text) as unknown;
    if (name === 'actors.geojson') ActorCollectionSchema.parse(json);
    else if (name === 'links.json') LinksSchema.parse(json);
    else if (name === 'meta.json') DatasetMetaSchema.parse(json);
    else if (name.startsWith('details/')) DetailsShardSchema.parse(json);
  }
}

/**
 * The places of the gazetteer and the départements' contours of the basemap next to the outputs
 * (derived from `geo/` first when any geo file is missing).
 */
export async function readPlaces(outDir: string): Promise<Places> {
  const geoFiles = [GAZETTEER_FILE, BASEMAP_FILE, BASEMAP_OVERVIEW_FILE];
  if (geoFiles.some((file) => !existsSync(resolve(outDir, file)))) await buildGeo({ outDir });
  const [gazetteerText, basemapText] = await Promise.all([GAZETTEER_FILE, BASEMAP_FILE].map((f) => readFile(resolve(outDir, f), 'utf8')));
  const gazetteer = JSON.parse(gazetteerText ?? '') as Gazetteer;
  const basemap = JSON.parse(basemapText ?? '') as Topology<{ departements: GeometryCollection<{ code: string }> }>;
  const departements = feature(basemap, basemap.objects.departements).features as DepartementShape[];
  return placesFromGazetteer(buildGazetteerIndex(gazetteer), departements);
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1252 from an old spreadsheet, or UTF-8 and Windows-1252 lines. */
export function decodeSheet(buffer: Buffer): string {
  return decodeSheetBytes(buffer).text;
}

function buildTimestamp(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}

function sha256(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
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
