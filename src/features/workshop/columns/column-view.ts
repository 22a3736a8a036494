/**
 * What the « Colonnes » step shows of a sheet, derived once in the store: each header with the
 * field the pipeline reads it as by its name (if any), the field chosen, and a few of its values.
 */
import type { CsvTable } from '../../../core/csv';
import { foldText } from '../../../core/grammar/text';
import { IGNORED_COLUMN } from '../../../pipeline/sources';
import { aliasesOf, type SheetRole } from '../workshop-sheet';

export interface ColumnRow {
  header: string;
  /** The field the pipeline reads the header as by its name; undefined for a header it does not know. */
  known: string | undefined;
  /** The field chosen (`ignore` to leave it out). */
  choice: string;
  samples: string[];
  /** Why the field shown was proposed, while it is the proposal's. */
  reason?: string;
}

export interface ColumnView {
  unknown: ColumnRow[];
  known: ColumnRow[];
}

export const SAMPLES_SHOWN = 3;
/** Rows looked at for samples: enough to find a few values in a sparse column. */
const SAMPLE_ROWS = 200;

export function knownField(header: string, role: SheetRole): string | undefined {
  const aliases = aliasesOf(role);
  const folded = foldText(header);
  return Object.keys(aliases).find((field) => aliases[field]?.includes(folded));
}

/** The first distinct non-empty values of a column. */
export function columnSamples(table: CsvTable, header: string, count = SAMPLES_SHOWN): string[] {
  const seen: string[] = [];
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const value = (row.values[header] ?? '').trim();
    if (value !== '' && !seen.includes(value)) seen.push(value);
    if (seen.length >= count) break;
  }
  return seen;
}

export function columnView(
  table: CsvTable,
  role: SheetRole,
  columns: Readonly<Record<string, string>>,
  proposals: Readonly<Record<string, { field: string; reason: string }>> = {},
): ColumnView {
  const view: ColumnView = { unknown: [], known: [] };
  const seen = new Set<string>();
  for (const header of table.header) {
    if (header === '' || seen.has(header)) continue;
    seen.add(header);
    const known = knownField(header, role);
    const choice = columns[header] ?? known ?? IGNORED_COLUMN;
    const row: ColumnRow = { header, known, choice, samples: columnSamples(table, header) };
    const proposal = proposals[header];
    if (proposal && proposal.field === choice) row.reason = proposal.reason;
    (known === undefined ? view.unknown : view.known).push(row);
  }
  return view;
}
