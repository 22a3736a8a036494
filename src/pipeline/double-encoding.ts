/**
 * Text decoded twice: UTF-8 bytes read as Windows-1252 and saved again as UTF-8 give « Ã© » for
 * « é », « Ã¢ » for « â », « â€™ » for « ’ ». A cell that shows such a pair is read back: its
 * characters turned into the Windows-1252 bytes they came from must decode as valid UTF-8. When
 * they do, the repair is certain (those bytes were UTF-8); when they do not (the cell mixes the
 * damaged text with other characters), the cell is left as it is and reported.
 */
import type { CsvRow } from '../core/csv';

/** A lead byte of a two- or three-byte UTF-8 sequence as Windows-1252 shows it, then a continuation byte. */
const SUSPECT =
  /[ÂÃÅÆÇËÐÑÒâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Windows-1252's characters at bytes 0x80–0x9F (the five bytes it leaves undefined map to themselves). */
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const BYTE_OF = new Map<number, number>(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));

export type DoubleEncoding = { repaired: string } | { unrepaired: true } | null;

/** The repaired text, or `unrepaired` when the cell looks decoded twice but cannot be read back; null for a sound cell. */
export function repairDoubleEncoding(text: string): DoubleEncoding {
  if (!SUSPECT.test(text)) return null;
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const byte = cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : BYTE_OF.get(cp);
    if (byte === undefined) return { unrepaired: true };
    bytes.push(byte);
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return repaired === text ? null : { repaired };
  } catch {
    return { unrepaired: true };
  }
}

export interface DoubleEncodingNote {
  header: string;
  value: string;
  /** The text read back, or undefined when the cell could not be repaired. */
  repaired?: string;
}

/** The row with the cells of `headers` that were decoded twice read back, and a note for each such cell. */
export function repairRow(row: CsvRow, headers: readonly string[]): { row: CsvRow; notes: DoubleEncodingNote[] } {
  const notes: DoubleEncodingNote[] = [];
  let values: Record<string, string> | undefined;
  for (const header of headers) {
    const value = row.values[header];
    if (value === undefined) continue;
    const found = repairDoubleEncoding(value);
    if (found === null) continue;
    if ('repaired' in found) {
      values ??= { ...row.values };
      values[header] = found.repaired;
      notes.push({ header, value, repaired: found.repaired });
    } else notes.push({ header, value });
  }
  return { row: values ? { ...row, values } : row, notes };
}
