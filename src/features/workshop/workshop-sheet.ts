/**
 * A sheet opened in the workshop, and what the pipeline is told about it: its entry of
 * `sources.json` (`SheetSource`), the very entry « Exporter pour sources.json » gives.
 */
import type { CsvTable } from '../../core/csv';
import { foldText } from '../../core/grammar/text';
import { ACTOR_COLUMNS, LINK_COLUMNS, mapColumns } from '../../pipeline/columns';
import type { SheetFormat } from '../../pipeline/sheet-files';
import type { SheetSource, SourceList } from '../../pipeline/sources';
import { sheetSourceEntry } from './columns/sources-entry';

export type SheetRole = 'actors' | 'links';

export interface WorkshopSheet {
  /** The file name, unique in the page: the `file` of its entry and of its problems. */
  name: string;
  /** The address it was fetched from, if any. */
  url?: string;
  /** The file as given. */
  bytes: Uint8Array;
  role: SheetRole;
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

/** A sheet with a column of link ends (`source` and `target`) is a sheet of links. */
export function guessRole(header: readonly string[]): SheetRole {
  const { columns } = mapColumns(header, LINK_COLUMNS);
  return columns.source !== undefined && columns.target !== undefined ? 'links' : 'actors';
}

/**
 * The sheet's entry of `sources.json`, what the check runs on and what « Exporter pour
 * sources.json » gives: only what differs from the pipeline's defaults (`sources-entry.ts`).
 */
export function sheetSourceOf(sheet: WorkshopSheet): SheetSource {
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

/** The sources the workshop checks: its readable sheets by role, in the order they were opened. */
export function sourceListOf(sheets: readonly WorkshopSheet[]): SourceList {
  const ready = sheets.filter((s) => s.status === 'ready');
  return {
    actors: ready.filter((s) => s.role === 'actors').map(sheetSourceOf),
    links: ready.filter((s) => s.role === 'links').map(sheetSourceOf),
  };
}
