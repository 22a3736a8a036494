/**
 * Where a decision about a pair is written: the row of the sheets that has the id, and its
 * `doublon` cell. A sheet without a `doublon` column, or a row whose id is not in an `id` column
 * (an id made from the name), cannot be written to: the workshop says so rather than pretend.
 */
import { ACTOR_COLUMNS, cellOf, mapColumns } from '../../../pipeline/columns';
import { parseDuplicateCell } from '../../../pipeline/duplicate-decisions';
import type { WorkshopSheet } from '../workshop-sheet';
import { pairKey } from './duplicate-pairs';

export type DecisionTarget =
  | { status: 'found'; sheet: string; line: number; column: string; cell: string }
  /** The row is there but its sheet has no `doublon` column. */
  | { status: 'no-column'; sheet: string; line: number }
  | { status: 'not-found' };

export function decisionTarget(sheets: readonly WorkshopSheet[], id: string): DecisionTarget {
  for (const sheet of sheets) {
    if (sheet.role !== 'actors' || !sheet.table) continue;
    const { columns } = mapColumns(sheet.table.header, ACTOR_COLUMNS, sheet.columns);
    if (columns.id === undefined) continue;
    const row = sheet.table.rows.find((r) => cellOf(r, columns, 'id').trim() === id);
    if (!row) continue;
    if (columns.duplicate === undefined) return { status: 'no-column', sheet: sheet.name, line: row.line };
    return { status: 'found', sheet: sheet.name, line: row.line, column: columns.duplicate, cell: cellOf(row, columns, 'duplicate') };
  }
  return { status: 'not-found' };
}

/** The decisions the sheets' `doublon` cells already hold, by `pairKey` (rows with an `id` cell only). */
export function decisionsInSheets(sheets: readonly WorkshopSheet[]): Map<string, 'same' | 'different'> {
  const decided = new Map<string, 'same' | 'different'>();
  for (const sheet of sheets) {
    if (sheet.role !== 'actors' || !sheet.table) continue;
    const { columns } = mapColumns(sheet.table.header, ACTOR_COLUMNS, sheet.columns);
    if (columns.id === undefined || columns.duplicate === undefined) continue;
    for (const row of sheet.table.rows) {
      const cell = cellOf(row, columns, 'duplicate');
      if (cell.trim() === '') continue;
      const id = cellOf(row, columns, 'id').trim();
      const { same, different } = parseDuplicateCell(cell);
      for (const other of same) decided.set(pairKey(id, other), 'same');
      for (const other of different) decided.set(pairKey(id, other), 'different');
    }
  }
  return decided;
}
