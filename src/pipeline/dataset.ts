/**
 * The whole pipeline from sheets to the files the app loads, without touching the disk: the
 * build script reads and writes, this decides.
 */
import { readActorSheet } from './actor-rows';
import { parseCsv } from '../core/csv';
import { resolveSources, type DocumentCitations } from './documents';
import { readLinkSheet } from './link-rows';
import type { ActorFeature, ActorRecordCollection, ActorRecordFeature, DatasetMeta, Link } from '../core/model';
import type { Places } from './placement';
import { ProblemLog, type Problem } from '../core/problems';
import { PRACTICES, PROFILES, SCOPES } from '../core/vocabulary';

export interface Sheet {
  /** File name as shown in the report. */
  file: string;
  text: string;
  /** Rows are generated sample data unless a row's `sample` cell says otherwise. */
  sampleByDefault: boolean;
}

export interface DatasetBuild {
  /** Every property of every actor: `writeDataFiles` (data-files.ts) splits it into the files the app loads. */
  actors: ActorRecordCollection;
  links: Link[];
  counts: DatasetMeta['counts'];
  problems: Problem[];
}

export function buildDataset(
  actorSheets: readonly Sheet[],
  linkSheets: readonly Sheet[],
  places: Places,
  documents: DocumentCitations = new Map(),
): DatasetBuild {
  const problems: Problem[] = [];
  const takenIds = new Set<string>();
  const features: ActorRecordFeature[] = [];
  for (const sheet of actorSheets) {
    const log = new ProblemLog(sheet.file);
    const { actors } = readActorSheet(parseCsv(sheet.text), places, log, takenIds, { sampleByDefault: sheet.sampleByDefault });
    for (const a of actors) a.properties.sources = resolveSources(a.properties.sources, documents);
    features.push(...actors);
    problems.push(...log.problems);
  }
  const links: Link[] = [];
  for (const sheet of linkSheets) {
    const log = new ProblemLog(sheet.file);
    for (const link of readLinkSheet(parseCsv(sheet.text), features, log, { sampleByDefault: sheet.sampleByDefault })) {
      links.push({ ...link, sources: resolveSources(link.sources, documents) });
    }
    problems.push(...log.problems);
  }
  return {
    actors: { type: 'FeatureCollection', features },
    links,
    counts: countDataset(features, links),
    problems,
  };
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
