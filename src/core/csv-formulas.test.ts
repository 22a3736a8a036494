/**
 * CSV injection: `toCsv(…, { neutralizeFormulas: true })` leaves no fragment of a cell that a
 * spreadsheet could run as a formula, whatever separator it splits the file on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormulas, parseCsv, toCsv } from './csv';
import { formulaFragments } from '../../tests/helpers/csv-formulas';

/** The four cells a tester exported untouched (French Excel splits on `;` and ran them). */
const REPORTED = ["Assoc;-2+3+cmd|' /C calc'!A0", "Texte;+1+cmd|' /C calc'!A0", 'Texte\t=2+3', '\t@SUM(A1)'];

describe('neutralizeFormulas', () => {
  it.each([
    // The reported cells: the apostrophe goes before every character that starts a formula.
    ["Assoc;-2+3+cmd|' /C calc'!A0", "Assoc;'-2+3+cmd|' /C calc'!A0"],
    ["Texte;+1+cmd|' /C calc'!A0", "Texte;'+1+cmd|' /C calc'!A0"],
    ['Texte\t=2+3', "Texte\t'=2+3"],
    ['\t@SUM(A1)', "'\t'@SUM(A1)"],
    // At the start of the cell.
    ['=HYPERLINK("http://x","clic")', `'=HYPERLINK("http://x","clic")`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['-2+3', "'-2+3"],
    ['\rx', "'\rx"],
    // After a comma, a line break, spaces or quotes.
    ['a, +cmd', "a, '+cmd"],
    ['Voir ;=HYPERLINK("http://x")', `Voir ;'=HYPERLINK("http://x")`],
    ['ligne 1\n=1+1', "ligne 1\n'=1+1"],
    ['ligne 1\r\n@x', "ligne 1\r\n'@x"],
    ['x;"=1+1"', `x;"'=1+1"`],
    // A whole cell that is a plain number stays a number; a number after a separator does not.
    ['-1.55', '-1.55'],
    ['+33 1 23 45 67 89', '+33 1 23 45 67 89'],
    ['-20 %', '-20 %'],
    ['Tours, -20 %', "Tours, '-20 %"],
    ['a\n-2', "a\n'-2"],
    // Not at a fragment's start: text.
    ['Comité 21', 'Comité 21'],
    ['Tiers-lieu, co-working', 'Tiers-lieu, co-working'],
    ['Tours -20 %', 'Tours -20 %'],
    ["'=1", "'=1"],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeFormulas(input)).toBe(expected);
  });

  it('prefixes a plain number where a reader splitting on another separator joins it to the next cells', () => {
    expect(neutralizeFormulas('-2', false)).toBe("'-2");
    const rows = [['-2', "1+cmd|' /C calc'!A0"]];
    // The first column.
    expect(formulaFragments(toCsv(['id', 'nom'], rows))).toEqual(["-2,1+cmd|' /C calc'!A0"]);
    expect(toCsv(['id', 'nom'], rows, { neutralizeFormulas: true })).toBe(`id,nom\r\n'-2,1+cmd|' /C calc'!A0\r\n`);
    // After an empty cell of a tab-separated file, read by a spreadsheet that trims tabs.
    const tabRows = [['', '-2', "1+cmd|' /C calc'!A0"]];
    expect(formulaFragments(toCsv(['a', 'b', 'c'], tabRows, { delimiter: '\t' }))).toEqual(["-2\t1+cmd|' /C calc'!A0"]);
    expect(toCsv(['a', 'b', 'c'], tabRows, { delimiter: '\t', neutralizeFormulas: true })).toBe(
      `a\tb\tc\r\n\t'-2\t1+cmd|' /C calc'!A0\r\n`,
    );
    // Elsewhere, a number stays a number.
    expect(toCsv(['a', 'b'], [['x', '-1.55']], { delimiter: ';', neutralizeFormulas: true })).toBe('a;b\r\nx;-1.55\r\n');
  });

  it('leaves the reported cells runnable without it, and none with it', () => {
    const header = ['nom', 'description'];
    const rows = REPORTED.map((cell) => ['x', cell]);
    expect(formulaFragments(toCsv(header, rows))).toEqual(['@SUM(A1)', "-2+3+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", '=2+3']);
    const safe = toCsv(header, rows, { neutralizeFormulas: true });
    expect(formulaFragments(safe)).toEqual([]);
    expect(parseCsv(safe).rows.map((r) => r.values['description'])).toEqual([
      "Assoc;'-2+3+cmd|' /C calc'!A0",
      "Texte;'+1+cmd|' /C calc'!A0",
      "Texte\t'=2+3",
      // parseCsv trims cells; the tab was between two apostrophes.
      "'\t'@SUM(A1)",
    ]);
  });
});

/** Cells made of what starts formulas, separators, line breaks, quotes, numbers and any text. */
const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ',',
  ';',
  '"',
  "'",
  ' ',
  '\u00A0',
  '%',
  '.',
  '1',
  '23',
  'cmd|',
  '!A0',
  'é',
  '\uFEFF',
];
const cellText = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 10 }).map((parts) => parts.join('')),
  fc.stringMatching(/^ ?[+-]?\d{1,3}( \d{2}){0,4}(\.\d{1,2})?( ?%)? ?$/),
);

describe('toCsv with neutralizeFormulas, on any cells', () => {
  it('leaves no fragment a spreadsheet could run, read with , ; or tab and cut at line breaks, whatever the file’s separator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 6 }),
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        (rows, delimiter) => {
          expect(formulaFragments(toCsv(['a', 'b', 'c'], rows, { delimiter, neutralizeFormulas: true }))).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('only adds apostrophes, and once: the text read back is the same without them', () => {
    fc.assert(
      fc.property(cellText, fc.boolean(), (cell, numberKept) => {
        const safe = neutralizeFormulas(cell, numberKept);
        expect(safe.replaceAll("'", '')).toBe(cell.replaceAll("'", ''));
        expect(neutralizeFormulas(safe, numberKept)).toBe(safe);
      }),
      { numRuns: 1000 },
    );
  });
});
