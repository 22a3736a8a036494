/**
 * Which text encoding a sheet was saved in. Spreadsheets save CSV as UTF-8 (with or without BOM),
 * as UTF-16 ("Unicode text", with a BOM) or, the older ones, as Windows-1252; a file edited by
 * several tools may be UTF-8 with a few stray Windows-1252 bytes. Each is read as such, and the
 * caller is told what was guessed so that the report can say it.
 */

export type SheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8-damaged';

export interface DecodedSheet {
  text: string;
  encoding: SheetEncoding;
  /** For `utf-8-damaged`: the lines (1-based) holding bytes that are not UTF-8, now U+FFFD. */
  damagedLines: number[];
}

export const REPLACEMENT_CHARACTER = '\uFFFD';

export function decodeSheetBytes(bytes: Uint8Array): DecodedSheet {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  try {
    return decoded(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8 throughout: mostly UTF-8 with a few foreign bytes, or a Windows-1252 file.
  }
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid > invalid) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const damagedLines: number[] = [];
    text.split(/\r\n|\n|\r/).forEach((line, i) => {
      if (line.includes(REPLACEMENT_CHARACTER)) damagedLines.push(i + 1);
    });
    return { text, encoding: 'utf-8-damaged', damagedLines };
  }
  return decoded(decodeWindows1252(bytes), 'windows-1252');
}

/**
 * Windows-1252 by hand: some TextDecoder implementations (Node's among them) read 0x80–0x9F as
 * Latin-1 control characters, which would lose the typographic apostrophe, « € », « œ », « – ».
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

function decoded(text: string, encoding: SheetEncoding): DecodedSheet {
  return { text, encoding, damagedLines: [] };
}

/**
 * Well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. French text in
 * Windows-1252 gives almost only the latter ("é" is a lone 0xE9 before a plain letter).
 */
export function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range: no overlong forms, no surrogates, nothing past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    const [low, high] =
      b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let ok = length > 0 && i + length <= bytes.length && second >= low && second <= high;
    for (let k = 2; ok && k < length; k += 1) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { valid, invalid };
}
