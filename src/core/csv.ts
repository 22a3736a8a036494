/**
 * Reading the spreadsheets the network's staff keep: comma or semicolon, UTF-8 with or without
 * BOM, CRLF or LF, quoted fields. Parsing is papaparse's; this module only fixes the dialect,
 * recovers from a quote opened and never closed (which would swallow the rest of the file), and
 * turns papaparse's output into rows that remember their line number in the file.
 */
import Papa from 'papaparse';
import { foldText } from './grammar/text';

export interface CsvRow {
  /** 1-based line number of the row in the file (the header is line 1). */
  line: number;
  /** Values by header name (trimmed). Missing cells are absent, not empty. */
  values: Record<string, string>;
  /** Cells beyond the header's columns. */
  extra: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
  /** What was done, when it is not "read as is". */
  action?: string;
}

export interface CsvTable {
  delimiter: ',' | ';' | '\t';
  header: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

const BOM = '\uFEFF';
const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;
/** Quotes opened and never closed that are read again as plain characters, at most. */
const MAX_QUOTE_REPAIRS = 1000;

const MESSAGES: Record<string, string> = {
  MissingQuotes: 'guillemet ouvert en début de cellule et jamais fermé',
  InvalidQuotes: 'guillemet mal placé (un guillemet fermant doit être suivi du séparateur ou de la fin de ligne)',
};
const STRAY_QUOTE = 'guillemet en début de cellule qui n’est pas refermé en fin de cellule';
const QUOTE_REPAIRED = 'guillemet lu comme un caractère ; les lignes suivantes sont lues normalement';
/** The problem of a row equal to the header, which every sheet reader leaves out. */
export const REPEATED_HEADER: Omit<CsvProblem, 'line'> = {
  message: 'ligne identique à l’en-tête (deux fichiers collés l’un après l’autre ?)',
  action: 'ligne ignorée',
};

/**
 * Parses a CSV text. Blank lines are skipped, and so is a row equal to the header (folded, as
 * columns are matched): every other line becomes a row or a problem.
 */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const newline = detectNewline(body);
  const { data, errors, repairedAt, placeholder } = parseRepairingQuotes(body, delimiter, newline);
  // Lines as the file splits them: LF (and CRLF) files count LFs, old Mac files CRs.
  const breakChar = newline === '\r' ? '\r' : '\n';
  const restore = (cell: string) => (placeholder && cell.includes(placeholder) ? cell.split(placeholder).join('"') : cell);

  // papaparse counts records, not lines: quoted fields may span lines, so count newlines as we go.
  const lineOfRecord: number[] = [];
  let line = 1;
  for (const cells of data) {
    lineOfRecord.push(line);
    line += 1 + countLineBreaks(cells, breakChar);
  }
  const problems: CsvProblem[] = [];
  for (const index of repairedAt) {
    problems.push({ line: 1 + count(body, breakChar, index), message: STRAY_QUOTE, action: QUOTE_REPAIRED });
  }
  for (const e of errors) {
    problems.push({ line: lineOfRecord[e.row ?? 0] ?? 1, message: MESSAGES[e.code] ?? e.message });
  }

  const [headerCells = [], ...dataRows] = data;
  const header = headerCells.map((h) => restore(h).trim());
  const foldedHeader = foldedCells(header);
  const rows: CsvRow[] = [];
  dataRows.forEach((raw, i) => {
    const cells = raw.map(restore);
    if (cells.every((c) => c.trim() === '')) return;
    if (repeatsHeader(cells, foldedHeader)) {
      problems.push({ line: lineOfRecord[i + 1] ?? 0, ...REPEATED_HEADER });
      return;
    }
    const values: Record<string, string> = {};
    header.forEach((name, col) => {
      const cell = cells[col];
      if (cell !== undefined && name !== '' && !(name in values)) values[name] = cell.trim();
    });
    rows.push({ line: lineOfRecord[i + 1] ?? 0, values, extra: cells.slice(header.length).filter((c) => c.trim() !== '') });
  });
  problems.sort((a, b) => a.line - b.line);
  return { delimiter, header, rows, problems };
}

/**
 * Whether a row says the header again (compared folded, trailing empty cells aside; `foldedHeader`
 * from `foldedCells`). Cell by cell, stopping at the first that differs: every row of a sheet goes
 * through it, and folding them all whole took seconds at 100,000 rows.
 */
export function repeatsHeader(cells: readonly string[], foldedHeader: readonly string[]): boolean {
  let length = cells.length;
  while (length > 0 && foldText(cells[length - 1] ?? '') === '') length -= 1;
  if (length === 0 || length !== foldedHeader.length) return false;
  for (let i = 0; i < length; i += 1) if (foldText(cells[i] ?? '') !== foldedHeader[i]) return false;
  return true;
}

/** Cells as a header is compared: folded, trailing empty cells dropped. */
export function foldedCells(cells: readonly string[]): string[] {
  const folded = cells.map(foldText);
  while (folded.at(-1) === '') folded.pop();
  return folded;
}

/**
 * papaparse reads a quote at the start of a cell as opening a quoted field. When it is never
 * closed, the rest of the file becomes one cell; when it is closed only lines later by a quote
 * that does not end a cell (a badly placed quote, which no spreadsheet writes), the lines in
 * between are swallowed. Such an opening quote is a stray character: it is replaced by a
 * placeholder and the text parsed again, until no such quote is left; the caller turns the
 * placeholders back into quotes.
 */
function parseRepairingQuotes(body: string, delimiter: string, newline: '\n' | '\r\n' | '\r') {
  const placeholder = unusedCharacter(body);
  let text = body;
  const repairedAt: number[] = [];
  for (;;) {
    const parsed = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false });
    const stray = parsed.errors.find(
      (e) => e.code === 'MissingQuotes' || (e.code === 'InvalidQuotes' && spansLines(parsed.data[e.row ?? -1])),
    );
    const quote = stray ? openingQuote(text, stray.index ?? -1) : -1;
    if (quote < 0 || placeholder === '' || repairedAt.length >= MAX_QUOTE_REPAIRS) {
      const errors = parsed.errors.filter((e, i, all) => all.findIndex((o) => o.row === e.row && o.code === e.code) === i);
      return { data: parsed.data, errors, repairedAt, placeholder };
    }
    repairedAt.push(quote);
    text = `${text.slice(0, quote)}${placeholder}${text.slice(quote + 1)}`;
  }
}

function spansLines(cells: string[] | undefined): boolean {
  return cells?.some((c) => c.includes('\n') || c.includes('\r')) ?? false;
}

/** papaparse gives the index just after the opening quote; look back to it. */
function openingQuote(text: string, index: number): number {
  for (let i = Math.min(index, text.length - 1); i >= 0 && i >= index - 1; i -= 1) if (text[i] === '"') return i;
  return -1;
}

/** A private-use character absent from the text ('' if, improbably, all are used). */
function unusedCharacter(text: string): string {
  for (let code = 0xe000; code <= 0xf8ff; code += 1) {
    const c = String.fromCharCode(code);
    if (!text.includes(c)) return c;
  }
  return '';
}

/**
 * The delimiter that splits the header into the most cells, quotes respected; one that leaves
 * quotes badly placed (`"a"\t"b"` read with commas) loses to one that does not.
 */
export function detectDelimiter(text: string): CsvTable['delimiter'] {
  const firstRecord = text.slice(0, endOfFirstRecord(text));
  let best: CsvTable['delimiter'] = ',';
  let bestScore = -1;
  for (const d of CANDIDATE_DELIMITERS) {
    const parsed = Papa.parse<string[]>(firstRecord, { delimiter: d });
    const count = parsed.data[0]?.length ?? 0;
    const score = (parsed.errors.length === 0 ? 1_000_000 : 0) + count;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The line break that ends the header (outside quotes): papaparse would guess from the whole
 * text, where line breaks inside quoted cells can outnumber the real ones.
 */
export function detectNewline(text: string): '\n' | '\r\n' | '\r' {
  const end = endOfFirstRecord(text);
  if (text[end] === '\r') return text[end + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/** Index of the first line break outside quotes (a header cell may hold a line break). */
function endOfFirstRecord(text: string): number {
  let fieldStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (fieldStart && c === '"') {
      // A quoted cell: skip to its closing quote ("" is a quote inside it).
      let j = i + 1;
      for (; j < text.length; j += 1) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') j += 1;
          else break;
        }
      }
      if (j >= text.length) break;
      i = j;
      fieldStart = false;
    } else if (c === '\n' || c === '\r') {
      return i;
    } else {
      fieldStart = c === ',' || c === ';' || c === '\t';
    }
  }
  // A quote never closed: fall back to the first physical line.
  const newline = text.search(/\r?\n|\r/);
  return newline < 0 ? text.length : newline;
}

function countLineBreaks(cells: string[], breakChar: string): number {
  let n = 0;
  for (const c of cells) n += count(c, breakChar, c.length);
  return n;
}

/** Occurrences of a character in the first `end` characters. */
function count(text: string, char: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i += 1) if (text[i] === char) n += 1;
  return n;
}

export interface CsvWriteOptions {
  delimiter?: CsvTable['delimiter'];
  newline?: '\r\n' | '\n';
  /** Quote every cell, so that no reader can split a cell on another separator. */
  quoteAll?: boolean;
  /** Prefix with an apostrophe what a spreadsheet would run as a formula (see `neutralizeFormulas`): for files people open. */
  neutralizeFormulas?: boolean;
}

/** Serialises rows to CSV (comma unless told, CRLF, quoted where needed). */
export function toCsv(header: string[], rows: string[][], options: CsvWriteOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const delimiter = options.delimiter ?? ',';
  // A reader that trims tabs would join a number to the cells after it (see neutralizeFormulas).
  const numbersKept = delimiter !== '\t';
  const safe = (cells: string[]) => (options.neutralizeFormulas ? cells.map((c, i) => neutralizeFormulas(c, numbersKept && i > 0)) : cells);
  const text = Papa.unparse({ fields: safe(header), data: rows.map(safe) }, { newline, delimiter, quotes: options.quoteAll ?? false });
  // papaparse ends a header without rows with a line break already.
  return text.endsWith(newline) ? text : text + newline;
}

/**
 * A fragment's start: the cell's start, or just after a `,` `;` tab or line break, where a
 * spreadsheet set for another separator (French Excel splits on `;`), or a reader that breaks
 * quoted cells at their line breaks, starts a cell. Spaces and quotes before it are skipped: some
 * readers drop them.
 */
const FRAGMENT_START = /(?<=^|[,;\t\r\n])(?:[^\S\t\r\n]|")*(?=[=+\-@\t\r])/g;
/** Whether `FRAGMENT_START` finds anything: the same test without look-behind, twice as fast on an export's many plain cells. */
const ANY_FRAGMENT_START = /(?:^|[,;\t\r\n])(?:[^\S\t\r\n]|")*[=+\-@\t\r]/;
/**
 * A plain number up to the end of the cell: sign, digits (in groups, as « +33 1 23 45 67 89 »),
 * decimals after a dot, a per cent sign. As a formula it can only compute a number.
 */
const PLAIN_NUMBER_TO_END = /[+-]?\d+(?:[ \u00A0\u202F]\d+)*(?:\.\d+)?(?:[ \u00A0\u202F]?%)?\s*$/y;

/**
 * CSV injection (OWASP): a cell that starts with `=` `+` `-` `@`, a tab or a carriage return is
 * run as a formula by spreadsheets. Every fragment of the cell that starts so (see
 * `FRAGMENT_START`) gets an apostrophe just before that character, which makes it text. A plain
 * number that is the whole cell is kept as it is (`-1.5`, `+33 1 23 45 67 89`) unless `numberKept`
 * is false: `toCsv` says so for the first column, and for every column of a tab-separated file,
 * where a reader that splits on another separator than the file's could join the number to the
 * next cells (`-2,1+cmd|…`).
 */
export function neutralizeFormulas(cell: string, numberKept = true): string {
  if (!ANY_FRAGMENT_START.test(cell)) return cell;
  return cell.replace(FRAGMENT_START, (skipped: string, at: number) => {
    const start = at + skipped.length;
    if (numberKept && at === 0) {
      PLAIN_NUMBER_TO_END.lastIndex = start;
      if (PLAIN_NUMBER_TO_END.test(cell)) return skipped;
    }
    return `${skipped}'`;
  });
}
