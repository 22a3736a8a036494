/**
 * What a sheet needs before a decision about a pair can be written in it: a `doublon` column, and
 * each row's id in an `id` column. The ids written are the last check's own (the ones the pairs
 * name, derived from the name when the sheet gave none), found by the row's line: nothing is
 * guessed. A sheet read without a header row is left as it is (a column added to it would have no
 * name on the next reading).
 */
import type { CsvTable } from '../../../core/csv';
import { DUPLICATE_HEADER } from '../../../pipeline/duplicate-decisions';
import { ACTOR_COLUMNS, cellOf, mapColumns } from '../../../pipeline/columns';
import type { WorkshopSheet } from '../workshop-sheet';

export interface DecisionColumns {
  table: CsvTable;
  /** Column choices for the headers added, when their name alone would not say their field. */
  columns: Record<string, string>;
  /** Headers added, in order. */
  added: string[];
  /** Empty `id` cells of an existing column filled with the check's ids. */
  filled: number;
}

const ID_HEADER = 'id';

/**
 * The sheet's table with what is missing added, or null when nothing is (or nothing can be).
 * `actorRows`: the last check's id → sheet and line (`PipelineResult.actorRows`).
 */
export function withDecisionColumns(
  sheet: Pick<WorkshopSheet, 'name' | 'role' | 'table' | 'header' | 'columns'>,
  actorRows: ReadonlyMap<string, { file: string; line: number }>,
): DecisionColumns | null {
  const table = sheet.table;
  if (sheet.role !== 'actors' || !table || !sheet.header) return null;
  const idOfLine = new Map<number, string>();
  for (const [id, row] of actorRows) if (row.file === sheet.name) idOfLine.set(row.line, id);

  const { columns: mapped } = mapColumns(table.header, ACTOR_COLUMNS, sheet.columns);
  const header = table.header.slice();
  const choices: Record<string, string> = {};
  const added: string[] = [];
  const addColumn = (wanted: string, field: 'id' | 'duplicate'): string => {
    const name = freeHeader(wanted, header);
    header.push(name);
    added.push(name);
    if (mapColumns(header, ACTOR_COLUMNS, sheet.columns).columns[field] !== name) choices[name] = field;
    return name;
  };
  const idColumn = mapped.id ?? addColumn(ID_HEADER, 'id');
  const duplicateColumn = mapped.duplicate ?? addColumn(DUPLICATE_HEADER, 'duplicate');

  let filled = 0;
  const rows = table.rows.map((row) => {
    const values = { ...row.values };
    const id = idOfLine.get(row.line);
    if (mapped.id === undefined) values[idColumn] = id ?? '';
    else if (id !== undefined && cellOf(row, mapped, 'id').trim() === '') {
      values[idColumn] = id;
      filled += 1;
    }
    if (mapped.duplicate === undefined) values[duplicateColumn] = '';
    return { ...row, values };
  });
  if (added.length === 0 && filled === 0) return null;
  return { table: { ...table, header, rows }, columns: choices, added, filled };
}

/** `wanted`, or `wanted 2`, `wanted 3`… when the sheet already has a column of that name (read as something else). */
function freeHeader(wanted: string, header: readonly string[]): string {
  const taken = new Set(header.map((h) => h.trim().toLowerCase()));
  if (!taken.has(wanted)) return wanted;
  for (let k = 2; ; k += 1) if (!taken.has(`${wanted} ${k}`)) return `${wanted} ${k}`;
}
