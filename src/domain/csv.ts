/**
 * Reading the spreadsheets the network's staff keep: comma or semicolon, UTF-8 with or without
 * BOM, CRLF or LF, quoted fields. Parsing is papaparse's; this module only fixes the dialect and
 * turns its output into rows that remember their line number in the file.
 */
import Papa from 'papaparse';

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
}

export interface CsvTable {
  delimiter: ',' | ';' | '\t';
  header: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

const BOM = '\uFEFF';
const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/** Parses a CSV text. Blank lines are skipped; every other line becomes a row or a problem. */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const problems: CsvProblem[] = parsed.errors.map((e) => ({
    line: (e.row ?? 0) + 1,
    message: e.message,
  }));
  const [headerCells = [], ...dataRows] = parsed.data;
  const header = headerCells.map((h) => h.trim());
  const rows: CsvRow[] = [];
  // papaparse reports rows, not lines: quoted fields may span lines, so count newlines as we go.
  let line = 1 + countLineBreaks(headerCells);
  for (const cells of dataRows) {
    line += 1;
    const rowLine = line;
    line += countLineBreaks(cells);
    if (cells.every((c) => c.trim() === '')) continue;
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      const cell = cells[i];
      if (cell !== undefined && name !== '') values[name] = cell.trim();
    });
    rows.push({ line: rowLine, values, extra: cells.slice(header.length).filter((c) => c.trim() !== '') });
  }
  return { delimiter, header, rows, problems };
}

/** The delimiter that splits the header line into the most cells (quotes respected). */
export function detectDelimiter(text: string): CsvTable['delimiter'] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best: CsvTable['delimiter'] = ',';
  let bestCount = 0;
  for (const d of CANDIDATE_DELIMITERS) {
    const count = Papa.parse<string[]>(firstLine, { delimiter: d }).data[0]?.length ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function countLineBreaks(cells: string[]): number {
  let n = 0;
  for (const c of cells) for (const ch of c) if (ch === '\n') n += 1;
  return n;
}

/** Serialises rows to CSV (comma, CRLF, quoted where needed). */
export function toCsv(header: string[], rows: string[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' }) + '\r\n';
}
