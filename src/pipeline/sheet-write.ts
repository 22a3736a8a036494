/**
 * The corrected sheet, for download: a CSV that French Excel opens as it is (UTF-8 with BOM,
 * `;`, CRLF), and an XLSX workbook whose cells are all text, so that « 01000 » keeps its zero and
 * nothing is read as a date or a number.
 */
import { toCsv } from '../core/csv';
import { loadSheetLibrary } from './sheet-files';

const BOM = '\uFEFF';
/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_LENGTH = 32767;
/** Excel's limit on a sheet name, and the characters it refuses in one. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/g;
const MAX_COLUMN_WIDTH = 60;

/**
 * The CSV French Excel opens by a double click: the BOM tells it UTF-8, `;` is its separator, and
 * a cell that a spreadsheet would run as a formula gets an apostrophe (`neutralizeFormulas`).
 */
export function sheetToExcelCsv(header: string[], rows: string[][]): string {
  return BOM + toCsv(header, rows, { delimiter: ';', newline: '\r\n', neutralizeFormulas: true });
}

/**
 * An XLSX workbook of one sheet, every cell a text cell. Text cells are never run as formulas in
 * XLSX, so nothing needs neutralising.
 */
export async function sheetToXlsx(header: string[], rows: string[][], sheetName: string): Promise<Uint8Array> {
  const xlsx = await loadSheetLibrary();
  // aoa_to_sheet keeps strings as text cells; empty cells are left out.
  const text = (cell: string) => (cell === '' ? null : cell.slice(0, MAX_CELL_LENGTH));
  const sheet = xlsx.utils.aoa_to_sheet([header.map(text), ...rows.map((row) => row.map(text))], { dense: true });
  sheet['!cols'] = header.map((name, col) => {
    const longest = rows.reduce((max, row) => Math.max(max, row[col]?.length ?? 0), name.length);
    return { wch: Math.min(Math.max(longest + 1, 6), MAX_COLUMN_WIDTH) };
  });
  const workbook = xlsx.utils.book_new();
  xlsx.utils.book_append_sheet(workbook, sheet, safeSheetName(sheetName));
  const written: ArrayBuffer = xlsx.write(workbook, { bookType: 'xlsx', type: 'array', compression: true });
  return new Uint8Array(written);
}

/** A name Excel accepts: no `: \ / ? * [ ]`, not empty, at most 31 characters, no apostrophe at either end. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(FORBIDDEN_IN_SHEET_NAME, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  let cut = clean.slice(0, MAX_SHEET_NAME);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim() || 'Feuille1';
}
