/**
 * A sheet file as the staff give it, whatever their spreadsheet saved: CSV, XLSX, ODS or an old
 * XLS, recognised by what the bytes hold (a workbook renamed `.csv`, or a CSV named `.xls`, is
 * read for what it is). Every format becomes the same `CsvTable` the CSV reader gives, with the
 * spreadsheet's row numbers as lines, so that the rest of the pipeline and its report do not
 * know where a row came from. A CSV goes exactly the way `npm run data` reads it.
 *
 * Workbooks are read by SheetJS (Community Edition), loaded on demand: only what opens a workbook
 * downloads it.
 */
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import type * as SheetJsModule from '@e965/xlsx';
import type { CellObject, WorkBook } from '@e965/xlsx';
import {
  detectDelimiter,
  detectNewline,
  foldedCells,
  parseCsv,
  repeatsHeader,
  REPEATED_HEADER,
  type CsvProblem,
  type CsvRow,
  type CsvTable,
} from '../core/csv';
import { foldText } from '../core/grammar/text';
import type { Problem } from '../core/problems';
import { decodeSheetBytes, encodingProblems } from './encoding';

export type SheetFormat = 'csv' | 'xlsx' | 'xls' | 'ods';

export interface SheetReadOptions {
  /** The workbook's sheet to read; by default the first visible sheet that holds a value. */
  sheet?: string;
  /** `false`: the first row is data; columns are then named by their letters "A", "B"… */
  header?: boolean;
  /**
   * The bytes are CSV text whatever the name says: a workbook the workshop corrected and wrote
   * again as CSV, read as such without the warning a misnamed file gets.
   */
  csvText?: boolean;
}

export interface SheetRead {
  format: SheetFormat;
  table: CsvTable;
  /** The workbook's sheet names, in order; [] for a CSV. */
  sheets: string[];
  /** The sheet read; '' for a CSV. */
  sheet: string;
  /** What the report says about how the file was read (its encoding, a misleading extension). */
  encodingProblems: Problem[];
}

/** A file that cannot be read as a sheet; the message, in French, says why and what to do. */
export class SheetFileError extends Error {
  override name = 'SheetFileError';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
/** The container of Excel 97-2003 files (and of password-protected XLSX). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export async function readSheetFile(name: string, bytes: Uint8Array, options: SheetReadOptions = {}): Promise<SheetRead> {
  const header = options.header ?? true;
  if (options.csvText) return readCsvFile(name, bytes, header);
  if (startsWith(bytes, ZIP_MAGIC)) return readWorkbook(name, bytes, zipFormat(name, bytes), header, options.sheet);
  if (startsWith(bytes, CFB_MAGIC)) return readWorkbook(name, bytes, 'xls', header, options.sheet);
  if (WORKBOOK_EXTENSION.test(name)) {
    if (bytes.length === 0) throw new SheetFileError(`Le fichier « ${name} » est vide.`);
    const start = new TextDecoder()
      .decode(bytes.subarray(0, 512))
      .replace(/^\uFEFF/, '')
      .trimStart();
    // Exports named .xls are often an HTML table or Excel 2003 XML: the library reads both.
    if (start.startsWith('<')) return readWorkbook(name, bytes, 'xls', header, options.sheet);
    if (isBiffStream(bytes)) return readWorkbook(name, bytes, 'xls', header, options.sheet);
    if (looksBinary(bytes)) {
      throw new SheetFileError(
        `Le fichier « ${name} » n’est pas un tableur lisible (ni XLSX, ni ODS, ni XLS, ni CSV). Ouvrez-le dans votre tableur et enregistrez-le en XLSX, ODS ou CSV.`,
      );
    }
    const read = readCsvFile(name, bytes, header);
    read.encodingProblems.unshift({
      severity: 'warning',
      file: name,
      line: 0,
      column: '',
      value: '',
      message: `fichier nommé « ${extensionOf(name)} » qui contient en fait du texte CSV, pas un classeur`,
      action: 'lu comme un fichier CSV',
    });
    return read;
  }
  return readCsvFile(name, bytes, header);
}

/** A CSV exactly as `npm run data` reads it; without header, behind a header of column letters. */
function readCsvFile(name: string, bytes: Uint8Array, header: boolean): SheetRead {
  const decoded = decodeSheetBytes(bytes);
  const table = header ? parseCsv(decoded.text) : parseCsvWithoutHeader(decoded.text);
  return { format: 'csv', table, sheets: [], sheet: '', encodingProblems: encodingProblems(name, decoded) };
}

/**
 * The text behind a line of column names as wide as its widest row, read as usual, then every
 * line number moved back by one: the rows keep the file's line numbers. The names carry a
 * private-use character so that no row can equal them (a repeated header is skipped); the rows
 * then get the bare letters.
 */
function parseCsvWithoutHeader(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const newline = detectNewline(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, newline, skipEmptyLines: false });
  const width = parsed.data.reduce((max, cells) => Math.max(max, cells.length), 0);
  const letters = columnLetters(width);
  const marked = letters.map((letter) => `${HEADER_MARK}${letter}`);
  const table = parseCsv(`${marked.join(delimiter)}${newline}${body}`);
  return {
    delimiter: table.delimiter,
    header: letters,
    rows: table.rows.map((row) => ({ line: row.line - 1, values: unmarked(row.values), extra: row.extra })),
    problems: table.problems.map((p) => ({ ...p, line: Math.max(p.line - 1, 0) })),
  };
}

const HEADER_MARK = '\uE000';

function unmarked(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) out[key.slice(HEADER_MARK.length)] = value;
  return out;
}

/** "A", "B", … "Z", "AA", … as spreadsheets name their columns. */
export function columnLetters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => columnLetter(i));
}

function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** What a ZIP holds: an XLSX workbook, an ODS spreadsheet, or something else (an error). */
function zipFormat(name: string, bytes: Uint8Array): SheetFormat {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === 'mimetype' && file.originalSize < 200;
      },
    });
  } catch {
    throw damaged(name);
  }
  if (names.includes('xl/workbook.xml') || names.includes('xl/workbook.bin')) return 'xlsx';
  const mimetype = files.mimetype ? new TextDecoder().decode(files.mimetype).trim() : '';
  if (mimetype.startsWith(ODS_MIMETYPE) || (mimetype === '' && names.includes('content.xml'))) return 'ods';
  throw new SheetFileError(
    `Le fichier « ${name} » est une archive (ZIP) qui ne contient pas de tableur : ni classeur Excel (XLSX) ni feuille de calcul OpenDocument (ODS). Ouvrez-le dans son application et exportez-le en XLSX, ODS ou CSV.`,
  );
}

type SheetJs = typeof SheetJsModule;
type Cell = CellObject;
interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}
/** The number-format helpers SheetJS ships untyped. */
interface NumberFormats {
  is_date(format: string): boolean;
  parse_date_code(value: number, options?: { date1904?: boolean }): DateCode | null;
}

let library: Promise<SheetJs> | undefined;

/** SheetJS, loaded once, on first use. */
export function loadSheetLibrary(): Promise<SheetJs> {
  library ??= import('@e965/xlsx').catch((error: unknown) => {
    library = undefined;
    throw new SheetFileError(
      'Le lecteur de classeurs (XLSX, ODS) n’a pas pu être chargé : vérifiez la connexion et réessayez, ou enregistrez le fichier en CSV.',
      { cause: error },
    );
  });
  return library;
}

async function readWorkbook(name: string, bytes: Uint8Array, format: SheetFormat, header: boolean, wanted?: string): Promise<SheetRead> {
  const xlsx = await loadSheetLibrary();
  let workbook: WorkBook;
  try {
    // Number formats (cellNF) tell dates from numbers; dates are then read from the serial number,
    // free of time zones. `raw`: the cells of an HTML table stay text (« 01000 »).
    workbook = xlsx.read(bytes, {
      type: 'array',
      raw: true,
      dense: true,
      cellNF: true,
      cellDates: false,
      cellText: false,
      cellHTML: false,
    });
  } catch (error) {
    throw unreadable(name, error);
  }
  const sheets = workbook.SheetNames;
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const formats = xlsx.SSF as NumberFormats;
  const gridOf = (sheetName: string) => sheetGrid(workbook.Sheets[sheetName]?.['!data'] ?? [], formats, date1904);

  let sheet: string;
  let grid: Grid;
  if (wanted !== undefined) {
    sheet = sheets.find((s) => s === wanted) ?? sheets.find((s) => foldText(s) === foldText(wanted)) ?? '';
    if (sheet === '') {
      throw new SheetFileError(
        `La feuille « ${wanted} » n’existe pas dans « ${name} ». Feuilles disponibles : ${sheets.map((s) => `« ${s} »`).join(', ')}.`,
      );
    }
    grid = gridOf(sheet);
  } else {
    const hidden = new Set((workbook.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name));
    const order = [...sheets.filter((s) => !hidden.has(s)), ...sheets.filter((s) => hidden.has(s))];
    sheet = order[0] ?? '';
    grid = gridOf(sheet);
    for (const candidate of order.slice(1)) {
      if (grid.cells.some((row) => row !== undefined)) break;
      sheet = candidate;
      grid = gridOf(candidate);
    }
  }
  if (sheet === '') throw new SheetFileError(`Le classeur « ${name} » ne contient aucune feuille.`);
  return { format, table: gridTable(grid, header), sheets: [...sheets], sheet, encodingProblems: [] };
}

function damaged(name: string): SheetFileError {
  return new SheetFileError(
    `Le fichier « ${name} » est illisible : le classeur semble endommagé ou incomplet. Ouvrez-le dans votre tableur et enregistrez-le à nouveau, ou exportez-le en CSV.`,
  );
}

function unreadable(name: string, error: unknown): SheetFileError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/HTML/.test(detail)) {
    return new SheetFileError(
      `Le fichier « ${name} » est une page web (HTML) sans tableau, pas un classeur : si vous l’avez téléchargé depuis une adresse, elle a peut-être renvoyé une page d’erreur ou de connexion.`,
      { cause: error },
    );
  }
  if (/password|encrypt/i.test(detail)) {
    return new SheetFileError(
      `Le fichier « ${name} » est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis ouvrez cette copie.`,
      { cause: error },
    );
  }
  const error_ = damaged(name);
  error_.cause = error;
  return error_;
}

/** A sheet's cells as text, by row (undefined: a row without any value), and the errors found in them. */
interface Grid {
  cells: (string[] | undefined)[];
  problems: CsvProblem[];
}

/** Excel's error codes, as its cells show them. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function sheetGrid(data: Cell[][], formats: NumberFormats, date1904: boolean): Grid {
  const cells: (string[] | undefined)[] = [];
  const problems: CsvProblem[] = [];
  for (let r = 0; r < data.length; r += 1) {
    const row = data[r];
    if (!row) continue;
    const texts: string[] = [];
    let last = -1;
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (cell?.t === 'e') {
        const shown = ERROR_TEXT[Number(cell.v)] ?? cell.w ?? '#ERREUR';
        problems.push({
          line: r + 1,
          message: `cellule ${columnLetter(c)}${r + 1} en erreur dans le tableur (${shown})`,
          action: 'lue vide',
        });
      }
      const text = cell ? cellText(cell, formats, date1904) : '';
      texts.push(text);
      if (text !== '') last = c;
    }
    if (last >= 0) cells[r] = texts.slice(0, last + 1);
  }
  return { cells, problems };
}

/** A cell as the pipeline reads text: trimmed; numbers plain, dates ISO, booleans oui/non. */
function cellText(cell: Cell, formats: NumberFormats, date1904: boolean): string {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return String(v ?? '').trim();
    case 'b':
      return v ? 'oui' : 'non';
    case 'n': {
      if (typeof v !== 'number') return '';
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format !== '' && formats.is_date(format)) return dateText(v, formats, date1904);
      // A code shown with its leading zeros (the « 00000 » format of postcodes) is read as shown.
      if (ZERO_PADDED.test(format) && Number.isInteger(v) && v >= 0) return String(v).padStart(format.length, '0');
      return plainNumber(v);
    }
    case 'd':
      return v instanceof Date ? isoOfUtc(v) : String(v ?? '').trim();
    default:
      return '';
  }
}

const ZERO_PADDED = /^0+$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell: `yyyy-mm-dd`, with ` hh:mm` when it holds a time too, or `hh:mm` alone for a time. */
function dateText(serial: number, formats: NumberFormats, date1904: boolean): string {
  const code = formats.parse_date_code(serial, { date1904 });
  if (!code) return plainNumber(serial);
  const time = code.H || code.M || code.S ? `${pad(code.H)}:${pad(code.M)}${code.S ? `:${pad(code.S)}` : ''}` : '';
  if (serial < 1) return time || '00:00';
  const date = `${pad(code.y, 4)}-${pad(code.m)}-${pad(code.d)}`;
  return time ? `${date} ${time}` : date;
}

function isoOfUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A number as plain text: '.' for decimals, no thousands separator, no exponent, and the 15
 * significant digits a spreadsheet keeps (0.1 + 0.2 is "0.3", not "0.30000000000000004").
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toPrecision(15)));
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = '', first = '', rest = '', exponent = '0'] = m;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The grid as the CSV reader's table: blank rows skipped, a repeated header reported and skipped. */
function gridTable(grid: Grid, hasHeader: boolean): CsvTable {
  const problems = [...grid.problems];
  const firstRow = grid.cells.findIndex((row) => row !== undefined);
  const width = grid.cells.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const header = hasHeader ? (grid.cells[firstRow] ?? []) : columnLetters(width);
  const foldedHeader = hasHeader ? foldedCells(header) : [];
  const rows: CsvRow[] = [];
  grid.cells.forEach((cells, r) => {
    if (cells === undefined || (hasHeader && r === firstRow)) return;
    const line = r + 1;
    if (hasHeader && repeatsHeader(cells, foldedHeader)) {
      problems.push({ line, ...REPEATED_HEADER });
      return;
    }
    const values: Record<string, string> = {};
    header.forEach((name, col) => {
      if (name !== '' && !(name in values)) values[name] = cells[col] ?? '';
    });
    rows.push({ line, values, extra: cells.slice(header.length).filter((c) => c !== '') });
  });
  problems.sort((a, b) => a.line - b.line);
  return { delimiter: ',', header, rows, problems };
}

/** An Excel 2.x–4.x file: a bare BIFF stream, opened by a BOF record (0x0009, 0x0209, 0x0409). */
function isBiffStream(bytes: Uint8Array): boolean {
  return bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04) && bytes[3] === 0x00;
}

/** Control bytes other than tab, line breaks and form feed: no text file holds them. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function extensionOf(name: string): string {
  return /\.[^.]+$/.exec(name)?.[0] ?? name;
}
