/**
 * A `sources.json` given to the workshop with the sheets (« Ouvrir une configuration », or dropped
 * with them): each of its entries says how to read the file of that name (role, sample, workbook
 * sheet, header row, columns, fixed values), so that the repository's `data/` folder given at once
 * is read exactly as `npm run data` reads it, in the same order.
 */
import { describeIssue } from '../../../core/zod';
import { SourceListSchema, type SheetSource, type SourceList } from '../../../pipeline/sources';
import type { WorkshopRole, WorkshopSheet } from '../workshop-sheet';

export type ConfigurationRead = { ok: true; sources: SourceList } | { ok: false; error: string };

/** A file given with the sheets is a configuration when it is JSON. */
export function isConfigurationFile(name: string): boolean {
  return /\.json$/i.test(name);
}

/** The configuration's bytes read with the pipeline's own schema; the error in French. */
export function readConfiguration(bytes: Uint8Array): ConfigurationRead {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return { ok: false, error: `JSON illisible (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = SourceListSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => describeIssue(i, 'sources.json')).join(' ; ') };
  return { ok: true, sources: parsed.data };
}

/** What the configuration says of one file: its role and, for a sheet of actors or links, its entry. */
export interface ConfiguredFile {
  role: WorkshopRole;
  entry?: SheetSource;
}

export function configuredFile(sources: SourceList, name: string): ConfiguredFile | undefined {
  const actor = sources.actors.find((entry) => entry.file === name);
  if (actor) return { role: 'actors', entry: actor };
  const link = sources.links.find((entry) => entry.file === name);
  if (link) return { role: 'links', entry: link };
  if (sources.documents === name) return { role: 'documents' };
  if (sources.fragility === name) return { role: 'fragility' };
  return undefined;
}

/** How the file is to be read: the workbook's sheet ('' for the first) and whether the first row names the columns. */
export function readOptionsOf(configured: ConfiguredFile): { sheet: string; header: boolean } {
  return { sheet: configured.entry?.sheet ?? '', header: configured.entry?.header ?? true };
}

/** The fields of a read sheet the configuration sets: its choices replace the guessed or remembered ones. */
export function configuredFields(
  configured: ConfiguredFile,
): Pick<WorkshopSheet, 'role' | 'sample' | 'columns' | 'values' | 'remembered' | 'proposals' | 'headerAsked'> & { url?: string } {
  const entry = configured.entry;
  return {
    role: configured.role,
    sample: entry?.sample ?? false,
    columns: { ...entry?.columns },
    values: { ...entry?.values },
    remembered: false,
    proposals: {},
    headerAsked: false,
    ...(entry?.url ? { url: entry.url } : {}),
  };
}

/** The configuration's files in its order: the actors, the links, the documents, the fragility table. */
function namesOf(sources: SourceList): string[] {
  return [
    ...sources.actors.map((entry) => entry.file),
    ...sources.links.map((entry) => entry.file),
    ...(sources.documents === undefined ? [] : [sources.documents]),
    ...(sources.fragility === undefined ? [] : [sources.fragility]),
  ];
}

/**
 * The sheets in the configuration's order (the pipeline reads the sheets of a role in their order,
 * and the order of the fiches follows it), those it does not name after them in their own order.
 */
export function inConfigurationOrder<S extends { name: string }>(sheets: readonly S[], sources: SourceList): S[] {
  const names = namesOf(sources);
  const rank = (sheet: S) => {
    const i = names.indexOf(sheet.name);
    return i === -1 ? names.length : i;
  };
  return sheets
    .map((sheet, i) => ({ sheet, i }))
    .sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.i - b.i)
    .map(({ sheet }) => sheet);
}

/** The files the configuration names that are not open, in its order. */
export function missingFiles(sources: SourceList, open: readonly string[]): string[] {
  return namesOf(sources).filter((name) => !open.includes(name));
}
