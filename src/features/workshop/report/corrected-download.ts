/**
 * What « Télécharger la feuille corrigée » writes: the sheet's cells as the workshop holds them
 * (the corrections made in), and a file name that says which sheet and which day.
 */
import type { CsvTable } from '../../../core/csv';

/** Characters file systems refuse in a name (Windows is the strictest), and control characters. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;
const MAX_STEM = 80;

/** « Acteurs 2026.xlsx », 2026-12-06 → « Acteurs 2026 - corrigée 2026-12-06.xlsx ». */
export function correctedFileName(sheetName: string, today: string, extension: 'xlsx' | 'csv'): string {
  const stem =
    sheetName
      .replace(/\.(csv|tsv|txt|xlsx|xlsm|xls|ods)$/i, '')
      .replace(UNSAFE_IN_NAME, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_STEM)
      .trim() || 'feuille';
  return `${stem} - corrigée ${today}.${extension}`;
}

/**
 * The header and rows to write. A sheet read without a header row (columns named A, B, …) is
 * written without one: its first row goes back to being the first row. Cells beyond the header
 * stay where they were.
 */
export function sheetCells(table: CsvTable, header: boolean): { header: string[]; rows: string[][] } {
  // A loop, not Math.max(...rows): a spread of 100,000 arguments overflows the stack.
  const width = table.rows.reduce((max, r) => Math.max(max, table.header.length + r.extra.length), table.header.length);
  const pad = (cells: string[]) => (cells.length < width ? [...cells, ...Array<string>(width - cells.length).fill('')] : cells);
  const rows = table.rows.map((row) => pad([...table.header.map((h) => row.values[h] ?? ''), ...row.extra]));
  if (header) return { header: pad([...table.header]), rows };
  const [first = pad([]), ...rest] = rows;
  return { header: first, rows: rest };
}
