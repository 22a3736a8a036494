/**
 * A sheet's entry for `data/sources.json`, from the workshop's choices: `npm run data` then reads
 * the sheet exactly as the workshop did (same columns for the same fields, same columns ignored,
 * same fixed values). Choices the pipeline would make by itself (a header it knows) are left out,
 * so that the entry says only what is particular to the sheet.
 */
import { describeIssue } from '../../../core/zod';
import { ACTOR_COLUMNS, LINK_COLUMNS, mapColumns } from '../../../pipeline/columns';
import { SheetSourceSchema, type SheetSource } from '../../../pipeline/sources';
import type { SheetRole } from './header-synonyms';

/** A sheet as the workshop reads it. */
export interface WorkshopSheet {
  role: SheetRole;
  /** The file's name in `data/`. */
  file: string;
  sample: boolean;
  url?: string | undefined;
  /** The workbook's sheet, for XLSX and ODS. */
  sheet?: string | undefined;
  /** false when the first row is data. */
  header?: boolean | undefined;
  /** The sheet's headers, in order (A, B, … when the first row is data). */
  headers: readonly string[];
  /** Header → field or `ignore`, as chosen in the workshop (every header may be there). */
  columns: Readonly<Record<string, string>>;
  /** Field → the value of every row. */
  values: Readonly<Record<string, string>>;
}

/** The entry, with only the choices the pipeline needs to be told. */
export function sheetSourceEntry(sheet: WorkshopSheet): SheetSource {
  const chosen = Object.fromEntries(sheet.headers.filter((h) => Object.hasOwn(sheet.columns, h)).map((h) => [h, sheet.columns[h]!]));
  const wanted = reading(sheet.role, sheet.headers, chosen);
  const columns: Record<string, string> = { ...chosen };
  for (const header of Object.keys(chosen)) {
    const without = { ...columns };
    delete without[header];
    if (reading(sheet.role, sheet.headers, without) === wanted) delete columns[header];
  }
  const values = Object.fromEntries(Object.entries(sheet.values).filter(([, v]) => v.trim() !== ''));
  return {
    file: sheet.file,
    sample: sheet.sample,
    ...(sheet.url ? { url: sheet.url } : {}),
    ...(sheet.sheet ? { sheet: sheet.sheet } : {}),
    ...(sheet.header === false ? { header: false } : {}),
    ...(Object.keys(columns).length > 0 ? { columns } : {}),
    ...(Object.keys(values).length > 0 ? { values } : {}),
  };
}

/** The entry as it goes into `sources.json`'s `actors` or `links` list: indented JSON. */
export function formatSheetSource(entry: SheetSource): string {
  return JSON.stringify(entry, null, 2);
}

export type EntryCheck = { ok: true; source: SheetSource } | { ok: false; error: string };

/** The inverse: an entry's text read back with the pipeline's own schema. */
export function readSheetSource(text: string): EntryCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const parsed = SheetSourceSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => describeIssue(i, 'entry')).join('; ') };
  return { ok: true, source: parsed.data };
}

/** Whether the pipeline, given this entry, reads the sheet's columns as the workshop does. */
export function readsAsWorkshop(entry: SheetSource, sheet: WorkshopSheet): boolean {
  return (
    reading(sheet.role, sheet.headers, entry.columns ?? {}) === reading(sheet.role, sheet.headers, sheet.columns) &&
    JSON.stringify(entry.values ?? {}) ===
      JSON.stringify(Object.fromEntries(Object.entries(sheet.values).filter(([, v]) => v.trim() !== '')))
  );
}

/** What the pipeline makes of the headers with these choices, as one comparable text. */
function reading(role: SheetRole, headers: readonly string[], chosen: Readonly<Record<string, string>>): string {
  const result = role === 'actors' ? mapColumns(headers, ACTOR_COLUMNS, chosen) : mapColumns(headers, LINK_COLUMNS, chosen);
  const columns = Object.entries(result.columns).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([columns, result.unknown, result.duplicates, result.badChoices]);
}
