import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads a comma-separated sheet with LF line ends', () => {
    const t = parseCsv('name,profile\nA,association\nB,entreprise\n');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['name', 'profile']);
    expect(t.rows.map((r) => r.values)).toEqual([
      { name: 'A', profile: 'association' },
      { name: 'B', profile: 'entreprise' },
    ]);
  });

  it('reads a semicolon sheet with a BOM and CRLF, as a French spreadsheet saves it', () => {
    const t = parseCsv('\uFEFFnom;profil\r\nCentre social;association\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['nom', 'profil']);
    expect(t.rows[0]?.values).toEqual({ nom: 'Centre social', profil: 'association' });
  });

  it('keeps quoted fields with delimiters, quotes and line breaks inside', () => {
    const t = parseCsv('name,description\n"Dupont, Durand","Il a dit ""oui""\nsur deux lignes"\nNext,x\n');
    expect(t.rows[0]?.values.name).toBe('Dupont, Durand');
    expect(t.rows[0]?.values.description).toBe('Il a dit "oui"\nsur deux lignes');
  });

  it('numbers rows by their line in the file, across multi-line fields and blank lines', () => {
    const t = parseCsv('name,d\nA,"x\ny"\n\nB,z\n');
    expect(t.rows.map((r) => [r.values.name, r.line])).toEqual([
      ['A', 2],
      ['B', 5],
    ]);
  });

  it('skips blank lines and lines of empty cells', () => {
    const t = parseCsv('name,d\n\n,\nA,1\n');
    expect(t.rows).toHaveLength(1);
  });

  it('leaves missing cells absent and collects cells beyond the header', () => {
    const t = parseCsv('name,profile\nA\nB,association,extra\n');
    expect(t.rows[0]?.values).toEqual({ name: 'A' });
    expect(t.rows[1]?.extra).toEqual(['extra']);
  });

  it('reports an unterminated quote with its line', () => {
    const t = parseCsv('name,d\nA,"open\n');
    expect(t.problems.length).toBeGreaterThan(0);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['"a;x",b,c', ','],
  ] as const)('detects the delimiter of %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('quotes what needs it and round-trips through parseCsv', () => {
    const text = toCsv(['name', 'note'], [['A, B', 'say "hi"']]);
    expect(parseCsv(text).rows[0]?.values).toEqual({ name: 'A, B', note: 'say "hi"' });
  });
});

describe('parseCsv on broken quotes', () => {
  it('reads a quote opened at the start of a cell and never closed as a character, and keeps the next lines', () => {
    const t = parseCsv('name,d\nA,"open\nB,y\nC,z\n');
    expect(t.rows.map((r) => [r.line, r.values])).toEqual([
      [2, { name: 'A', d: '"open' }],
      [3, { name: 'B', d: 'y' }],
      [4, { name: 'C', d: 'z' }],
    ]);
    expect(t.problems).toEqual([
      {
        line: 2,
        message: 'guillemet en début de cellule qui n’est pas refermé en fin de cellule',
        action: 'guillemet lu comme un caractère ; les lignes suivantes sont lues normalement',
      },
    ]);
  });

  it('keeps a badly placed quote on one line as papaparse reads it, and says so once', () => {
    const t = parseCsv('name,d\nA,"x"y"\nB,z\n');
    expect(t.rows.map((r) => r.values)).toEqual([
      { name: 'A', d: 'x"y' },
      { name: 'B', d: 'z' },
    ]);
    expect(t.problems).toEqual([
      { line: 2, message: 'guillemet mal placé (un guillemet fermant doit être suivi du séparateur ou de la fin de ligne)' },
    ]);
  });

  it('finds the separator of a header whose quoted cell holds a line break', () => {
    expect(detectDelimiter('"a\nb";"c"\n1;2\n')).toBe(';');
    expect(parseCsv('"a\nb";"c"\n1;2\n').rows).toEqual([{ line: 3, values: { 'a\nb': '1', c: '2' }, extra: [] }]);
  });
});
