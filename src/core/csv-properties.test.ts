/**
 * Properties of CSV reading and writing over generated sheets: whatever the cells hold (quotes,
 * separators, line breaks, BOMs, any Unicode), what `toCsv` writes `parseCsv` reads back, in any
 * dialect; and no text at all makes `parseCsv` throw or lose track of its lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, REPEATED_HEADER, toCsv } from './csv';
import { foldText } from './grammar/text';
import { decodeSheetBytes, decodeWindows1252 } from '../pipeline/encoding';

/** Characters that break naive CSV code, mixed with ordinary and far-away Unicode. */
const TRICKY = ['"', ',', ';', '\t', '\n', '\r', '\r\n', ' ', '\uFEFF', '\uE000', 'é', '’', '€', '😀', '\u0000', '='];
const cellText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 })
  .map((parts) => parts.join('').trim());

const dialect = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  newline: fc.constantFrom('\r\n' as const, '\n' as const),
  bom: fc.boolean(),
});

function table(columns: { minLength: number }, headerCell: fc.Arbitrary<string>) {
  return fc
    .uniqueArray(
      headerCell.filter((h) => h !== ''),
      { minLength: columns.minLength, maxLength: 6 },
    )
    .chain((header) =>
      fc.record({
        header: fc.constant(header),
        rows: fc.array(fc.array(cellText, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }),
      }),
    );
}

/** Cells as a header is compared: folded, trailing empty cells dropped. */
const folded = (cells: readonly string[]) => {
  const f = cells.map(foldText);
  while (f.at(-1) === '') f.pop();
  return f;
};

/** The rows `parseCsv` keeps: not blank, and not the header again (compared folded; a header that folds to nothing matches nothing). */
const isKept = (header: string[], cells: string[]) => {
  const h = folded(header);
  return cells.some((c) => c.trim() !== '') && (h.length === 0 || JSON.stringify(folded(cells)) !== JSON.stringify(h));
};

/** The rows as `parseCsv` gives them. */
function expectedValues(header: string[], rows: string[][]): Record<string, string>[] {
  return rows.filter((cells) => isKept(header, cells)).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

describe('toCsv then parseCsv', () => {
  it('gives back every row when every cell is quoted, whatever the cells hold and the dialect', () => {
    fc.assert(
      fc.property(table({ minLength: 1 }, cellText), dialect, ({ header, rows }, { delimiter, newline, bom }) => {
        const text = (bom ? '\uFEFF' : '') + toCsv(header, rows, { delimiter, newline, quoteAll: true });
        const parsed = parseCsv(text);
        // With a single column no separator appears in the file, and none is needed.
        if (header.length > 1) expect(parsed.delimiter).toBe(delimiter);
        expect(parsed.header).toEqual(header);
        // A row that happens to say the header again is left out, and said so.
        const repeats = rows.filter((cells) => cells.some((c) => c.trim() !== '') && !isKept(header, cells)).length;
        expect(parsed.problems.map((p) => p.message)).toEqual(Array(repeats).fill(REPEATED_HEADER.message));
        expect(parsed.rows.map((r) => r.values)).toEqual(expectedValues(header, rows));
        expect(parsed.rows.every((r) => r.extra.length === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back every row written the way spreadsheets do (quotes only where needed), headers of plain words', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ_][A-Za-zÀ-ÿ0-9 _'’-]{0,12}$/).map((w) => w.trim());
    fc.assert(
      fc.property(table({ minLength: 2 }, word), dialect, ({ header, rows }, { delimiter, newline, bom }) => {
        const text = (bom ? '\uFEFF' : '') + toCsv(header, rows, { delimiter, newline });
        const parsed = parseCsv(text);
        expect(parsed.delimiter).toBe(delimiter);
        expect(parsed.rows.map((r) => r.values)).toEqual(expectedValues(header, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers each row by the line it starts on, across quoted line breaks', () => {
    fc.assert(
      fc.property(table({ minLength: 1 }, cellText), dialect, ({ header, rows }, { delimiter, newline }) => {
        const text = toCsv(header, rows, { delimiter, newline, quoteAll: true });
        const parsed = parseCsv(text);
        // Independently: the line of each record is 1 + the line breaks written before it.
        const lineBreaks = (s: string) => (s.match(/\n/g) ?? []).length;
        let line = 1 + lineBreaks(toCsv(header, [], { delimiter, newline, quoteAll: true }));
        const expected: number[] = [];
        for (const cells of rows) {
          if (isKept(header, cells)) expected.push(line);
          line +=
            lineBreaks(toCsv(header, [cells], { delimiter, newline, quoteAll: true })) -
            lineBreaks(toCsv(header, [], { delimiter, newline, quoteAll: true }));
        }
        expect(parsed.rows.map((r) => r.line)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseCsv on any text', () => {
  it('never throws, and gives rows in line order within the text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...TRICKY, 'a', 'b', 'name', 'nom'), { maxLength: 80 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseCsv(text);
        const lines = text.split(/\r\n|\n|\r/).length;
        const numbers = parsed.rows.map((r) => r.line);
        expect(numbers.every((n, i) => n >= 2 && n <= lines && (i === 0 || n > (numbers[i - 1] ?? 0)))).toBe(true);
        expect(parsed.problems.every((p) => p.line >= 1 && p.line <= lines)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // 500 texts of up to 300 characters: a few seconds on a busy 2-core machine.
  }, 30_000);
});

describe('decoding sheets', () => {
  it('reads back any text saved as UTF-8, with or without BOM, or as UTF-16 with its BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        // A BOM at the start of the text or of a line is dropped (parseCsv would drop the first too).
        const withoutBom = text.replace(/^\uFEFF/, '').replace(/(^|[\r\n])\uFEFF/g, '$1');
        const utf8 = new TextEncoder().encode(text);
        expect(decodeSheetBytes(utf8)).toEqual({ text: withoutBom, encoding: 'utf-8', windows1252Lines: [] });
        const utf16 = new Uint8Array(2 + text.length * 2);
        utf16.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i += 1) {
          const code = text.charCodeAt(i);
          utf16[2 + 2 * i] = code & 0xff;
          utf16[3 + 2 * i] = code >> 8;
        }
        expect(decodeSheetBytes(utf16)).toEqual({ text: withoutBom, encoding: 'utf-16le', windows1252Lines: [] });
      }),
    );
  });

  it('reads French text saved as Windows-1252 as Windows-1252', () => {
    // Words with every character of Windows-1252 that French text uses, spaced as French writes them.
    const WORDS = [
      'été',
      'déjà',
      'où',
      'garçon',
      'fenêtre',
      'Œuvre',
      'cœur',
      'l’école',
      '« oui »',
      '5 €',
      '–',
      'coût…',
      'ÉLAN',
      'À',
      'naïf',
      'Noël',
      'maïs',
      'ça',
      'île',
      'Ÿ',
      'x',
    ];
    const french = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const toCp1252 = (s: string) =>
      Uint8Array.from([...s], (c) => {
        const i = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, b) => b)).indexOf(c);
        if (i < 0) throw new Error(`not in Windows-1252: ${c}`);
        return i;
      });
    fc.assert(
      fc.property(
        french.filter((s) => /[^\x20-\x7e]/.test(s)),
        (text) => {
          const decoded = decodeSheetBytes(toCp1252(text));
          expect(decoded.text).toBe(text);
          expect(decoded.encoding).toBe('windows-1252');
        },
      ),
    );
  });

  it('maps the 32 bytes where Windows-1252 and Latin-1 differ', () => {
    expect(decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ',
    );
  });
});
