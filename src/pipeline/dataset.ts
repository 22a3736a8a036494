/**
 * The whole pipeline from sheets to the files the app loads, without touching the disk: the
 * build script reads and writes, this decides.
 */
import { appendAll } from '../core/arrays';
import { readActorSheet } from './actor-rows';
import { parseCsv, type CsvTable } from '../core/csv';
import { resolveSources, type DocumentCitations } from './documents';
import { readLinkSheet } from './link-rows';
import { resolveDuplicateDecisions, type DecisionRow } from './duplicate-decisions';
import type { ActorFeature, ActorRecordCollection, ActorRecordFeature, DatasetMeta, Link } from '../core/model';
import type { Places } from './placement';
import { ProblemLog, type Problem } from '../core/problems';
import { PRACTICES, PROFILES, SCOPES } from '../core/vocabulary';

export interface Sheet {
  /** File name as shown in the report. */
  file: string;
  /** The sheet as read (a workbook's), or its CSV text. */
  table?: CsvTable;
  text?: string;
  /** Rows are generated sample data unless a row's `sample` cell says otherwise. */
  sampleByDefault: boolean;
  /** Header → field (or `ignore`) chosen for this sheet. */
  columns?: Readonly<Record<string, string>> | undefined;
}

export interface DatasetBuild {
  /** Every property of every actor: `writeDataFiles` (data-files.ts) splits it into the files the app loads. */
  actors: ActorRecordCollection;
  links: Link[];
  counts: DatasetMeta['counts'];
  problems: Problem[];
  /** Pairs the sheets' `doublon` column already decided (same or different): not to be proposed again. */
  decidedPairs: [string, string][];
  /** Where each actor read comes from, by id (rows a « même que » decision left out included). */
  actorRows: Map<string, { file: string; line: number }>;
}

export function buildDataset(
  actorSheets: readonly Sheet[],
  linkSheets: readonly Sheet[],
  places: Places,
  documents: DocumentCitations = new Map(),
): DatasetBuild {
  const problems: Problem[] = [];
  const takenIds = new Set<string>();
  const read: ActorRecordFeature[] = [];
  const decisionRows: DecisionRow[] = [];
  const actorRows = new Map<string, { file: string; line: number }>();
  for (const sheet of actorSheets) {
    const log = new ProblemLog(sheet.file);
    const { actors, decisions, lines } = readActorSheet(tableOf(sheet), places, log, takenIds, {
      sampleByDefault: sheet.sampleByDefault,
      columns: sheet.columns,
    });
    for (const a of actors) a.properties.sources = resolveSources(a.properties.sources, documents);
    appendAll(read, actors);
    appendAll(decisionRows, decisions);
    for (const [id, line] of lines) actorRows.set(id, { file: sheet.file, line });
    appendAll(problems, log.problems);
  }
  // The workshop's « même que » decisions leave rows out (each said in the report); their links follow the row kept.
  const decided = resolveDuplicateDecisions(decisionRows, takenIds);
  appendAll(problems, decided.problems);
  const features = decided.keep.size === 0 ? read : read.filter((f) => !decided.keep.has(f.properties.id));
  const links: (Link & { followed: boolean })[] = [];
  for (const sheet of linkSheets) {
    const log = new ProblemLog(sheet.file);
    for (const link of readLinkSheet(tableOf(sheet), read, log, {
      sampleByDefault: sheet.sampleByDefault,
      columns: sheet.columns,
    })) {
      const source = decided.keep.get(link.source) ?? link.source;
      const target = decided.keep.get(link.target) ?? link.target;
      const followed = source !== link.source || target !== link.target;
      links.push({ ...link, source, target, sources: resolveSources(link.sources, documents), followed });
    }
    appendAll(problems, log.problems);
  }
  const kept = withoutFollowedRepeats(links);
  return {
    actors: { type: 'FeatureCollection', features },
    links: kept,
    counts: countDataset(features, kept),
    problems,
    decidedPairs: decided.decidedPairs,
    actorRows,
  };
}

/** Links moved onto a row kept that join it to itself or repeat one of its links are left out. */
function withoutFollowedRepeats(links: readonly (Link & { followed: boolean })[]): Link[] {
  const key = (l: Link) => `${l.source}\u0000${l.target}\u0000${l.type}`;
  const seen = new Set(links.filter((l) => !l.followed).map(key));
  const kept: Link[] = [];
  for (const { followed, ...link } of links) {
    if (followed) {
      if (link.source === link.target || seen.has(key(link))) continue;
      seen.add(key(link));
    }
    kept.push(link);
  }
  return kept;
}

function tableOf(sheet: Sheet): CsvTable {
  return sheet.table ?? parseCsv(sheet.text ?? '');
}

export function countDataset(features: readonly ActorFeature[], links: readonly Link[]): DatasetMeta['counts'] {
  const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const byPractice = zeros(PRACTICES.codes);
  const byProfile = zeros([...PROFILES.codes, 'unknown'] as const);
  const byScope = zeros([...SCOPES.codes, 'unknown'] as const);
  let projects = 0;
  let sample = 0;
  let located = 0;
  for (const { properties: a, geometry } of features) {
    if (a.kind === 'project') projects += 1;
    if (a.sample) sample += 1;
    if (geometry) located += 1;
    for (const p of a.practices) byPractice[p] += 1;
    byProfile[a.profile ?? 'unknown'] += 1;
    byScope[a.scope ?? 'unknown'] += 1;
  }
  return {
    actors: features.length - projects,
    projects,
    real: features.length - sample,
    sample,
    located,
    unlocated: features.length - located,
    links: links.length,
    byPractice,
    byProfile,
    byScope,
  };
}
