/**
 * Which text encoding a sheet was saved in. Spreadsheets save CSV as UTF-8 (with or without BOM),
 * as UTF-16 ("Unicode text", with a BOM) or, the older ones, as Windows-1252; a file edited by
 * several tools may hold UTF-8 lines and Windows-1252 lines. Each is read as such, and the caller
 * is told what was guessed so that the report can say it.
 *
 * The grain is the physical line, decided on the bytes before any CSV parsing: a line that is
 * valid UTF-8 is read as UTF-8, any other as Windows-1252. Line breaks (0x0A, 0x0D) mean the same
 * in both and never occur inside a UTF-8 sequence, so a quoted cell over several lines is simply
 * decoded line by line. A finer grain (byte runs) would misread Windows-1252 pairs that happen to
 * be valid UTF-8 (« É» », « Ã© ») and could not be reported as lines the keeper can fix.
 */
import type { Problem } from '../core/problems';

export type SheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

export interface DecodedSheet {
  text: string;
  encoding: SheetEncoding;
  /** For `mixed`: the lines (1-based, as the report counts them) that are not UTF-8, read as Windows-1252. */
  windows1252Lines: number[];
}

const LF = 0x0a;
const CR = 0x0d;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function decodeSheetBytes(bytes: Uint8Array): DecodedSheet {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodedAs(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodedAs(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return decodedAs(utf8.decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8 throughout: each line decides.
  }
  const parts: string[] = [];
  const windows1252Lines: number[] = [];
  let utf8LinesBeyondAscii = 0;
  physicalLines(bytes).forEach((line, i) => {
    // A BOM opens a file, but two files pasted together carry one at the start of a line too.
    const content = startsWithBom(line) ? line.subarray(UTF8_BOM.length) : line;
    try {
      parts.push(utf8.decode(content));
      if (content.some((b) => b >= 0x80)) utf8LinesBeyondAscii += 1;
    } catch {
      parts.push(decodeWindows1252(content));
      windows1252Lines.push(i + 1);
    }
  });
  const text = parts.join('');
  if (windows1252Lines.length === 0) return decodedAs(text, 'utf-8');
  // Lines of plain ASCII say nothing: without a single UTF-8 accent, the file is Windows-1252.
  if (utf8LinesBeyondAscii === 0) return decodedAs(text, 'windows-1252');
  return decodedAs(text, 'mixed', windows1252Lines);
}

/**
 * The platform's Windows-1252. Node (from 20.18.3 and 22.13.0, nodejs/node#60888) reads
 * 0x80–0x9F as Latin-1 control characters in a one-shot decode, which would lose « ’ € œ – »;
 * a streamed decode takes its full converter, as browsers always do.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const decoder = new TextDecoder('windows-1252');
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/**
 * The lines as the report numbers them (`parseCsv` counts LFs, or CRs in an old Mac file), each
 * with its line break.
 */
function physicalLines(bytes: Uint8Array): Uint8Array[] {
  const firstBreak = bytes.findIndex((b) => b === LF || b === CR);
  const breakByte = firstBreak >= 0 && bytes[firstBreak] === CR && bytes[firstBreak + 1] !== LF ? CR : LF;
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== breakByte) continue;
    lines.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length || lines.length === 0) lines.push(bytes.subarray(start));
  return lines;
}

function startsWithBom(line: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => line[i] === b);
}

/** A BOM at the start of a line (UTF-16 files pasted together, or one inside a quoted cell) is dropped too. */
function decodedAs(text: string, encoding: SheetEncoding, windows1252Lines: number[] = []): DecodedSheet {
  return { text: text.replace(/(^|[\r\n])\uFEFF/g, '$1'), encoding, windows1252Lines };
}

/** Lines read as Windows-1252 in a UTF-8 file are named one by one up to this many, then listed in one warning. */
export const MAX_LINES_NAMED = 10;

/** What the report says about a sheet's encoding, when it is not plain UTF-8 or UTF-16. */
export function encodingProblems(file: string, decoded: DecodedSheet): Problem[] {
  const warning = (line: number, value: string, message: string, action: string): Problem => ({
    severity: 'warning',
    file,
    line,
    column: '',
    value,
    message,
    action,
  });
  if (decoded.encoding === 'windows-1252') {
    return [
      warning(
        0,
        '',
        'fichier en Windows-1252 (ancien format des tableurs), pas en UTF-8',
        'lu en Windows-1252 ; vérifiez les accents, ou enregistrez-le en « CSV UTF-8 »',
      ),
    ];
  }
  const lines = decoded.windows1252Lines;
  const first = lines[0];
  if (first === undefined) return [];
  if (lines.length <= MAX_LINES_NAMED) {
    return lines.map((line) =>
      warning(
        line,
        '',
        'ligne qui n’est pas en UTF-8 comme le reste du fichier (enregistrée dans un autre encodage)',
        'lue en Windows-1252 ; vérifiez ses accents, ou enregistrez le fichier en « CSV UTF-8 »',
      ),
    );
  }
  return [
    warning(
      first,
      lineRanges(lines),
      `${lines.length} lignes qui ne sont pas en UTF-8 comme le reste du fichier (enregistrées dans un autre encodage)`,
      'lues en Windows-1252 ; vérifiez leurs accents, ou enregistrez le fichier en « CSV UTF-8 »',
    ),
  ];
}

/** [3, 4, 5, 9, 12, 13] → "3-5, 9, 12-13". */
export function lineRanges(lines: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length;) {
    const start = lines[i] ?? 0;
    let end = start;
    while (lines[i + 1] === end + 1) {
      end += 1;
      i += 1;
    }
    ranges.push(start === end ? `${start}` : `${start}-${end}`);
    i += 1;
  }
  return ranges.join(', ');
}
