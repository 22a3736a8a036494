/**
 * A sheet opened in the workshop, and what the pipeline is told about it: its entry of
 * `sources.json` (`SheetSource`), the very entry « Exporter pour sources.json » gives.
 */
import type { CsvTable } from '../../core/csv';
import { foldText } from '../../core/grammar/text';
import { ACTOR_COLUMNS, DOCUMENT_COLUMNS, LINK_COLUMNS, mapColumns } from '../../pipeline/columns';
import { FRAGILITY_REQUIRED_COLUMNS } from '../../pipeline/fragility-sheet';
import type { SheetFormat } from '../../pipeline/sheet-files';
import type { SheetSource, SourceList } from '../../pipeline/sources';
import { sheetSourceEntry } from './columns/sources-entry';

/** Sheets of records, read through a column mapping. */
export type SheetRole = 'actors' | 'links';
/** Tables read by their own headers, at most one of each: the documents the sources cite, the fragility indices. */
export type TableRole = 'documents' | 'fragility';
export type WorkshopRole = SheetRole | TableRole;

export const TABLE_ROLES: readonly TableRole[] = ['documents', 'fragility'];

export function isTableRole(role: WorkshopRole): role is TableRole {
  return role === 'documents' || role === 'fragility';
}

/** A sheet of actors or links: one with columns to map. */
export function isRecordSheet<S extends { role: WorkshopRole }>(sheet: S): sheet is S & { role: SheetRole } {
  return !isTableRole(sheet.role);
}

export interface WorkshopSheet {
  /** The file name, unique in the page: the `file` of its entry and of its problems. */
  name: string;
  /** The address it was fetched from, if any. */
  url?: string;
  /** The file as given. */
  bytes: Uint8Array;
  role: WorkshopRole;
  /** `reading` until the worker has read it; `failed` with `error` when it cannot be. */
  status: 'reading' | 'ready' | 'failed';
  error?: string | undefined;
  format: SheetFormat | null;
  /** The workbook's sheet names ([] for a CSV) and the one read ('' for a CSV). */
  sheets: string[];
  sheet: string;
  /** Whether the first row names the columns. */
  header: boolean;
  /** The first row looked like data when read with a header: the person is asked (until answered). */
  headerAsked: boolean;
  /** The table as read, with the corrections made since (`edited`). */
  table: CsvTable | null;
  edited: boolean;
  /** Header → field or `ignore`, for headers the pipeline does not know or reads otherwise. */
  columns: Record<string, string>;
  /** Field → the value of every row. */
  values: Record<string, string>;
  sample: boolean;
  /** The column choices came from an earlier sheet with the same headers. */
  remembered: boolean;
  /** Header → the field the guess proposed for it, and why. */
  proposals: Record<string, { field: string; reason: string }>;
}

/** A sheet just given to the workshop, before its first read (`more` for what is already known of it). */
export function newWorkshopSheet(name: string, bytes: Uint8Array, more: Partial<WorkshopSheet> = {}): WorkshopSheet {
  return {
    name,
    bytes,
    role: 'actors',
    status: 'reading',
    format: null,
    sheets: [],
    sheet: '',
    header: true,
    headerAsked: false,
    table: null,
    edited: false,
    columns: {},
    values: {},
    sample: false,
    remembered: false,
    proposals: {},
    ...more,
  };
}

export const FIELDS_OF: Record<SheetRole, readonly string[]> = {
  actors: Object.keys(ACTOR_COLUMNS),
  links: Object.keys(LINK_COLUMNS),
};

export function aliasesOf(role: SheetRole): Record<string, readonly string[]> {
  return role === 'actors' ? ACTOR_COLUMNS : LINK_COLUMNS;
}

const KNOWN_HEADERS = new Set([...Object.values(ACTOR_COLUMNS).flat(), ...Object.values(LINK_COLUMNS).flat()] as string[]);

/** Whether a header names a field of either sheet kind (what `firstRowLooksLikeData` needs). */
export function isKnownHeader(header: string): boolean {
  return KNOWN_HEADERS.has(foldText(header));
}

/**
 * The role a header says: every column of the fragility table (`fragility-sheet.ts`) makes the
 * fragility table; a column of link ends (`source` and `target`), a sheet of links; a document id
 * and title without a name, the documents; any other, actors.
 */
export function guessRole(header: readonly string[]): WorkshopRole {
  // The fragility table is read by its exact headers (`fragility-sheet.ts`), not by aliases.
  const cells = new Set(header);
  if (FRAGILITY_REQUIRED_COLUMNS.every((column) => cells.has(column))) return 'fragility';
  const links = mapColumns(header, LINK_COLUMNS).columns;
  if (links.source !== undefined && links.target !== undefined) return 'links';
  const documents = mapColumns(header, DOCUMENT_COLUMNS).columns;
  const actors = mapColumns(header, ACTOR_COLUMNS).columns;
  if (documents.id !== undefined && documents.title !== undefined && actors.name === undefined) return 'documents';
  return 'actors';
}

/**
 * The sheet's entry of `sources.json`, what the check runs on and what « Exporter pour
 * sources.json » gives: only what differs from the pipeline's defaults (`sources-entry.ts`).
 */
export function sheetSourceOf(sheet: WorkshopSheet & { role: SheetRole }): SheetSource {
  return sheetSourceEntry({
    role: sheet.role,
    file: sheet.name,
    sample: sheet.sample,
    url: sheet.url,
    sheet: sheet.sheet || undefined,
    header: sheet.header,
    headers: sheet.table?.header ?? [],
    columns: sheet.columns,
    values: sheet.values,
  });
}

const hasRole =
  <R extends WorkshopRole>(role: R) =>
  (sheet: WorkshopSheet): sheet is WorkshopSheet & { role: R } =>
    sheet.role === role;

/**
 * The sources the workshop checks, as `data/sources.json` says them: its readable sheets by role,
 * in the order they were opened; the first documents table and the first fragility table (a second
 * is not read: `tableRead`).
 */
export function sourceListOf(sheets: readonly WorkshopSheet[]): SourceList {
  const ready = sheets.filter((s) => s.status === 'ready');
  const documents = ready.find(hasRole('documents'))?.name;
  const fragility = ready.find(hasRole('fragility'))?.name;
  return {
    actors: ready.filter(hasRole('actors')).map(sheetSourceOf),
    links: ready.filter(hasRole('links')).map(sheetSourceOf),
    ...(documents === undefined ? {} : { documents }),
    ...(fragility === undefined ? {} : { fragility }),
  };
}

/** For a second table of a role that takes only one: the name of the one read instead; undefined otherwise. */
export function tableReadInstead(sheets: readonly WorkshopSheet[], name: string): string | undefined {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet || !isTableRole(sheet.role)) return undefined;
  const read = sheets.find((s) => s.status === 'ready' && s.role === sheet.role);
  return read && read.name !== name ? read.name : undefined;
}
