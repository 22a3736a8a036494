/**
 * The whole pipeline, from the bytes of the sheets `sources.json` names to the text of every file
 * the atlas loads. The same function runs in `npm run data` (node reads and writes the disk) and in
 * the data workshop (a browser worker holds the files): both give the same bytes for the same
 * inputs (`run-pipeline.test.ts`).
 */
import { appendAll } from '../core/arrays';
import { parseCsv, type CsvTable } from '../core/csv';
import type { ActorRecordCollection, DatasetMeta, Link } from '../core/model';
import { ProblemLog, countBySeverity, type Problem } from '../core/problems';
import { DatasetMetaSchema, DetailsShardSchema } from '../core/schema';
import { LINKS_FILE, LinkColumnsFileSchema, linkColumnsOfFile } from '../core/link-columns';
import { ACTORS_FILE, ActorColumnsSchema, checkActorColumns } from '../core/actor-columns';
import { ClusterOverviewSchema, OVERVIEW_FILE } from '../core/cluster-overview';
import { withFixedValues } from './columns';
import { writeDataFiles } from './data-files';
import { buildDataset, type Sheet } from './dataset';
import { readDocuments } from './documents';
import { buildFragility, type FragilityProblem } from './fragility-sheet';
import type { Places } from './placement';
import { readSheetFile } from './sheet-files';
import type { SheetSource, SourceList } from './sources';

export interface PipelineInput {
  sources: SourceList;
  /** The bytes of a file `sources` names (a sheet, the documents, the fragility table). */
  read: (file: string) => Promise<Uint8Array>;
  places: Places;
  /** ISO timestamp written as the build date. */
  builtAt: string;
  /**
   * Whether the written files are parsed again and checked against the schemas the atlas loads
   * them with (default: yes). The workshop skips it to answer sooner: its preview checks them on load.
   */
  checkOutputs?: boolean;
  /** Files whose bytes are CSV text whatever their names say (`SheetReadOptions.csvText`). */
  csvText?: ReadonlySet<string>;
}

/** A sheet as the pipeline read it, for the workshop's report and corrections. */
export interface SheetTable {
  role: 'actors' | 'links';
  source: SheetSource;
  table: CsvTable;
}

export interface PipelineResult {
  /** Text by file name, relative to the data folder (`details/0.json`…), each ending with a newline. */
  files: Map<string, string>;
  meta: DatasetMeta;
  problems: Problem[];
  actors: ActorRecordCollection;
  links: Link[];
  sheets: SheetTable[];
  /** Pairs the sheets' `doublon` column already decided: not to be proposed again. */
  decidedPairs: [string, string][];
  /** Where each actor read comes from (sheet and line), by id: the workshop writes its decisions there. */
  actorRows: Map<string, { file: string; line: number }>;
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { sources } = input;
  const checksums: Record<string, string> = {};
  const readProblems: Problem[] = [];
  const readBytes = async (file: string) => {
    const bytes = await input.read(file);
    checksums[file] = await sha256(bytes);
    return bytes;
  };
  const readTable = async (file: string, source?: SheetSource): Promise<CsvTable> => {
    const options = {
      ...(source?.sheet === undefined ? {} : { sheet: source.sheet }),
      ...(source?.header === undefined ? {} : { header: source.header }),
      ...(input.csvText?.has(file) ? { csvText: true } : {}),
    };
    const read = await readSheetFile(file, await readBytes(file), options);
    appendAll(readProblems, read.encodingProblems);
    return read.table;
  };
  const readSheet = async (role: SheetTable['role'], source: SheetSource): Promise<Sheet & SheetTable> => {
    const { table, chosen } = withFixedValues(await readTable(source.file, source), source.values, source.columns);
    return { role, source, table, file: source.file, sampleByDefault: source.sample, columns: chosen };
  };
  const actorSheets = await Promise.all(sources.actors.map((s) => readSheet('actors', s)));
  const linkSheets = await Promise.all(sources.links.map((s) => readSheet('links', s)));
  const documentLog = new ProblemLog(sources.documents ?? '');
  const documents = sources.documents ? readDocuments(await readTable(sources.documents), documentLog) : new Map<string, string[]>();

  const build = buildDataset(actorSheets, linkSheets, input.places, documents);
  const problems = [...readProblems, ...documentLog.problems, ...build.problems];

  let fragility: string | undefined;
  if (sources.fragility) {
    const file = sources.fragility;
    const built = fragilityFile(new TextDecoder().decode(await readBytes(file)));
    fragility = built.text;
    for (const p of built.problems) {
      problems.push({
        severity: 'error',
        file,
        line: p.line,
        column: p.column,
        value: p.value,
        message: p.message,
        action: 'ligne écartée',
      });
    }
  }

  const written = writeDataFiles({
    actors: build.actors,
    links: build.links,
    meta: { builtAt: input.builtAt, counts: build.counts, sources: sortKeys(checksums), problems: countBySeverity(problems) },
    problems,
  });
  if (input.checkOutputs !== false) checkOutputs(written.files);
  const files = new Map<string, string>();
  if (fragility !== undefined) files.set('fragility.json', fragility);
  for (const [name, text] of written.files) files.set(name, text);
  const meta: DatasetMeta = { ...written.meta, files: await fileChecksums(files) };
  files.set(META_FILE, `${JSON.stringify(meta)}\n`);
  return {
    files,
    meta,
    problems,
    actors: build.actors,
    links: build.links,
    sheets: [...actorSheets, ...linkSheets].map(({ role, source, table }) => ({ role, source, table })),
    decidedPairs: build.decidedPairs,
    actorRows: build.actorRows,
  };
}

/**
 * `fragility.json` from the IMPACT table: indented JSON whose key order is the order in which the
 * domain builds its objects, so that the same CSV always gives the same bytes; and its problems
 * (CSV syntax included). The file holds the indices that passed.
 */
export function fragilityFile(csvText: string): { text: string; problems: FragilityProblem[] } {
  const table = parseCsv(csvText);
  const built = buildFragility(table.rows);
  const syntax = table.problems.map((p) => ({ line: p.line, column: '', value: '', message: p.message }));
  return { text: `${JSON.stringify(built.data, null, 2)}\n`, problems: [...syntax, ...built.problems] };
}

/** The pipeline's own output must meet the schemas the app checks on load. */
function checkOutputs(files: ReadonlyMap<string, string>): void {
  for (const [name, text] of files) {
    const json = JSON.parse(text) as unknown;
    if (name === ACTORS_FILE) checkActorColumns(ActorColumnsSchema.parse(json));
    else if (name === LINKS_FILE) linkColumnsOfFile(LinkColumnsFileSchema.parse(json));
    else if (name === 'meta.json') DatasetMetaSchema.parse(json);
    else if (name === OVERVIEW_FILE) ClusterOverviewSchema.parse(json);
    else if (name.startsWith('details/')) DetailsShardSchema.parse(json);
  }
}

const META_FILE = 'meta.json';

/** sha256 of every data file but `meta.json`, which holds them, by name in sorted order. */
export async function fileChecksums(files: ReadonlyMap<string, string>): Promise<Record<string, string>> {
  const names = [...files.keys()].filter((name) => name !== META_FILE).sort();
  const sums = await Promise.all(names.map((name) => sha256(files.get(name) ?? '')));
  return Object.fromEntries(names.map((name, i) => [name, sums[i] ?? '']));
}

/** Hex sha256, with the Web Crypto API node and browsers share. */
export async function sha256(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
