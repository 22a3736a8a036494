/**
 * Reading sheet files: a CSV exactly as `npm run data` reads it; XLSX and ODS workbooks written
 * here by the library and read back (rows, line numbers, leading zeros, dates, several sheets,
 * no header, damaged bytes); and the two small real workbooks checked in under tests/fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { decodeSheetBytes, encodingProblems } from './encoding';
import { columnLetters, plainNumber, readSheetFile, SheetFileError } from './sheet-files';

const root = resolve(__dirname, '../..');
const utf8 = (text: string) => new TextEncoder().encode(text);

type Cells = (string | number | boolean | Date | null)[][];

/** A workbook of the given sheets, as the library writes it. */
function workbook(bookType: 'xlsx' | 'ods' | 'xls', sheets: Record<string, Cells>, edit?: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, cells] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(cells), name);
  edit?.(wb);
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer);
}

describe('a CSV file', () => {
  const csvFiles = [
    ...readdirSync(resolve(root, 'data'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => resolve(root, 'data', f)),
    ...readdirSync(resolve(root, 'tests/fixtures/hostile'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => resolve(root, 'tests/fixtures/hostile', f)),
  ];

  it.each(csvFiles.map((path) => [path.slice(root.length + 1), path]))('%s reads exactly as npm run data reads it', async (name, path) => {
    const bytes = readFileSync(path);
    const read = await readSheetFile(name, bytes);
    const decoded = decodeSheetBytes(bytes);
    expect(read.format).toBe('csv');
    expect(read.sheets).toEqual([]);
    expect(read.sheet).toBe('');
    expect(read.table).toEqual(parseCsv(decoded.text));
    expect(read.encodingProblems).toEqual(encodingProblems(name, decoded));
  });

  it('without header, names the columns by letter and keeps the file’s line numbers', async () => {
    const read = await readSheetFile('sans-entete.csv', utf8('\uFEFFMaison A;01000;Bourg\r\n\r\nMaison B;69001;Lyon;en trop\r\n'), {
      header: false,
    });
    expect(read.table.delimiter).toBe(';');
    expect(read.table.header).toEqual(['A', 'B', 'C', 'D']);
    expect(read.table.rows).toEqual([
      { line: 1, values: { A: 'Maison A', B: '01000', C: 'Bourg' }, extra: [] },
      { line: 3, values: { A: 'Maison B', B: '69001', C: 'Lyon', D: 'en trop' }, extra: [] },
    ]);
  });

  it('without header, reports a stray quote on the file’s own line', async () => {
    const read = await readSheetFile('guillemet.csv', utf8('a,b\n"c,d\ne,f\n'), { header: false });
    expect(read.table.rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(read.table.problems.map((p) => p.line)).toEqual([2]);
  });

  it('reads a workbook renamed .csv as the workbook it is', async () => {
    const bytes = workbook('xlsx', { Feuille: [['nom'], ['Maison A']] });
    const read = await readSheetFile('export.csv', bytes);
    expect(read.format).toBe('xlsx');
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A' }, extra: [] }]);
  });

  it('reads a CSV named .xls as a CSV and says so', async () => {
    const read = await readSheetFile('export.xls', utf8('nom;cp\nMaison A;01000\n'));
    expect(read.format).toBe('csv');
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A', cp: '01000' }, extra: [] }]);
    expect(read.encodingProblems).toEqual([
      {
        severity: 'warning',
        file: 'export.xls',
        line: 0,
        column: '',
        value: '',
        message: 'fichier nommé « .xls » qui contient en fait du texte CSV, pas un classeur',
        action: 'lu comme un fichier CSV',
      },
    ]);
  });

  it('reads bytes said to be CSV text as CSV whatever the name, without that warning (a corrected workbook)', async () => {
    const read = await readSheetFile('acteurs.xlsx', utf8('nom;cp\nMaison A;01000\n'), { csvText: true });
    expect(read.format).toBe('csv');
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A', cp: '01000' }, extra: [] }]);
    expect(read.encodingProblems).toEqual([]);
  });
});

describe.each(['xlsx', 'ods'] as const)('a %s workbook', (format) => {
  const acteurs: Cells = [
    ['  nom ', 'code postal', 'dep', 'verifie_le', 'actif', 'lat', 'montant'],
    // A date is a day count with a date format in a workbook (45352: 1 March 2024).
    ['Maison des associations ', '01000', 1000, 45352, true, 46.1060711578546, 1234567.5],
    [],
    ['Tiers-lieu du Bourg', '69001', 69, null, false, -0.000015, 0.1 + 0.2],
    [],
    [],
  ];

  it('reads every value as the pipeline reads text: leading zeros, plain numbers, ISO dates, oui/non', async () => {
    const read = await readSheetFile(
      `base.${format}`,
      workbook(format, { Acteurs: acteurs }, (wb) => dateFormat(wb, 'Acteurs', 'D2')),
    );
    expect(read.format).toBe(format);
    expect(read.sheets).toEqual(['Acteurs']);
    expect(read.sheet).toBe('Acteurs');
    expect(read.encodingProblems).toEqual([]);
    expect(read.table.header).toEqual(['nom', 'code postal', 'dep', 'verifie_le', 'actif', 'lat', 'montant']);
    expect(read.table.rows).toEqual([
      {
        line: 2,
        values: {
          nom: 'Maison des associations',
          'code postal': '01000',
          dep: '1000',
          verifie_le: '2024-03-01',
          actif: 'oui',
          lat: '46.1060711578546',
          montant: '1234567.5',
        },
        extra: [],
      },
      {
        line: 4,
        values: {
          nom: 'Tiers-lieu du Bourg',
          'code postal': '69001',
          dep: '69',
          verifie_le: '',
          actif: 'non',
          lat: '-0.000015',
          montant: '0.3',
        },
        extra: [],
      },
    ]);
    expect(read.table.problems).toEqual([]);
  });

  it('reads a code shown with the « 00000 » format as shown, with its leading zero', async () => {
    const bytes = workbook(format, { Feuille: [['code postal'], [1000], [75001]] }, (wb) => {
      for (const address of ['A2', 'A3']) {
        const cell = wb.Sheets.Feuille?.[address] as XLSX.CellObject | undefined;
        if (cell) cell.z = '00000';
      }
    });
    const read = await readSheetFile(`base.${format}`, bytes);
    expect(read.table.rows.map((r) => r.values['code postal'])).toEqual(['01000', '75001']);
  });

  it('chooses the sheet by name, the first sheet with a value by default, and names the sheets when one is unknown', async () => {
    const bytes = workbook(format, {
      Vide: [],
      Acteurs: [['nom'], ['Maison A']],
      Liens: [
        ['source', 'cible'],
        ['Maison A', 'Maison B'],
      ],
    });
    const first = await readSheetFile(`base.${format}`, bytes);
    expect(first.sheets).toEqual(['Vide', 'Acteurs', 'Liens']);
    expect(first.sheet).toBe('Acteurs');
    expect(first.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A' }, extra: [] }]);

    const links = await readSheetFile(`base.${format}`, bytes, { sheet: 'Liens' });
    expect(links.sheet).toBe('Liens');
    expect(links.table.rows).toEqual([{ line: 2, values: { source: 'Maison A', cible: 'Maison B' }, extra: [] }]);
    expect((await readSheetFile(`base.${format}`, bytes, { sheet: 'liens' })).sheet).toBe('Liens');

    const unknown = readSheetFile(`base.${format}`, bytes, { sheet: 'Territoires' });
    await expect(unknown).rejects.toThrow(SheetFileError);
    await expect(unknown).rejects.toThrow(
      `La feuille « Territoires » n’existe pas dans « base.${format} ». Feuilles disponibles : « Vide », « Acteurs », « Liens ».`,
    );
  });

  it('without header, reads the first row as data under the column letters, on the sheet’s row numbers', async () => {
    const bytes = workbook(format, { Feuille: [['Maison A', '01000', 'Bourg'], [], ['Maison B', '69001', 'Lyon', 'note']] });
    const read = await readSheetFile(`base.${format}`, bytes, { header: false });
    expect(read.table.header).toEqual(['A', 'B', 'C', 'D']);
    expect(read.table.rows).toEqual([
      { line: 1, values: { A: 'Maison A', B: '01000', C: 'Bourg', D: '' }, extra: [] },
      { line: 3, values: { A: 'Maison B', B: '69001', C: 'Lyon', D: 'note' }, extra: [] },
    ]);
  });

  it('keeps the row numbers of a table that starts lower, reports cells beyond the header and a repeated header', async () => {
    const bytes = workbook(format, { Feuille: [[], ['nom', 'cp'], ['Maison A', '01000', 'en trop'], ['NOM', 'CP'], ['Maison B']] });
    const read = await readSheetFile(`base.${format}`, bytes);
    expect(read.table.header).toEqual(['nom', 'cp']);
    expect(read.table.rows).toEqual([
      { line: 3, values: { nom: 'Maison A', cp: '01000' }, extra: ['en trop'] },
      { line: 5, values: { nom: 'Maison B', cp: '' }, extra: [] },
    ]);
    expect(read.table.problems).toEqual([
      { line: 4, message: 'ligne identique à l’en-tête (deux fichiers collés l’un après l’autre ?)', action: 'ligne ignorée' },
    ]);
  });

  it('refuses damaged bytes with a French message', async () => {
    const bytes = workbook(format, { Feuille: [['nom'], ['Maison A']] });
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    await expect(readSheetFile(`base.${format}`, truncated)).rejects.toThrow(
      `Le fichier « base.${format} » est illisible : le classeur semble endommagé ou incomplet.`,
    );
    const scrambled = bytes.slice();
    for (let i = 200; i < scrambled.length - 200; i += 7) scrambled[i] = 0x55;
    await expect(readSheetFile(`base.${format}`, scrambled)).rejects.toThrow(SheetFileError);
  });
});

describe('other workbooks', () => {
  it('reads an Excel 97-2003 (.xls) workbook', async () => {
    const read = await readSheetFile(
      'ancien.xls',
      workbook('xls', {
        Feuille: [
          ['nom', 'cp'],
          ['Maison A', 1000],
        ],
      }),
    );
    expect(read.format).toBe('xls');
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A', cp: '1000' }, extra: [] }]);
  });

  it('skips a hidden sheet when choosing the default one', async () => {
    const bytes = workbook('xlsx', { Notes: [['à lire']], Acteurs: [['nom'], ['Maison A']] }, (wb) => {
      wb.Workbook = { Sheets: [{ name: 'Notes', Hidden: 1 }, { name: 'Acteurs' }] };
    });
    expect((await readSheetFile('base.xlsx', bytes)).sheet).toBe('Acteurs');
  });

  it('reports a cell in error and reads it empty', async () => {
    const bytes = workbook(
      'xlsx',
      {
        Feuille: [
          ['nom', 'ratio'],
          ['Maison A', 1],
        ],
      },
      (wb) => {
        const sheet = wb.Sheets.Feuille;
        if (sheet) sheet.B2 = { t: 'e', v: 0x07 };
      },
    );
    const read = await readSheetFile('base.xlsx', bytes);
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A', ratio: '' }, extra: [] }]);
    expect(read.table.problems).toEqual([{ line: 2, message: 'cellule B2 en erreur dans le tableur (#DIV/0!)', action: 'lue vide' }]);
  });

  it('reads an HTML table saved as .xls, its cells as text', async () => {
    const html = '<html><body><table><tr><td>nom</td><td>cp</td></tr><tr><td>Maison A</td><td>01000</td></tr></table></body></html>';
    const read = await readSheetFile('export.xls', utf8(html));
    expect(read.format).toBe('xls');
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A', cp: '01000' }, extra: [] }]);
  });

  it('reads an Excel 2003 XML sheet saved as .xls', async () => {
    const xml =
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="Feuil1"><Table><Row><Cell><Data ss:Type="String">nom</Data></Cell></Row>' +
      '<Row><Cell><Data ss:Type="String">Maison A</Data></Cell></Row></Table></Worksheet></Workbook>';
    const read = await readSheetFile('export.xls', utf8(xml));
    expect(read.sheets).toEqual(['Feuil1']);
    expect(read.table.rows).toEqual([{ line: 2, values: { nom: 'Maison A' }, extra: [] }]);
  });

  it('says that a web page named .xlsx is a web page, not a workbook', async () => {
    const page = readFileSync(resolve(root, 'tests/fixtures/hostile/not-a-csv.csv'));
    await expect(readSheetFile('export.xlsx', page)).rejects.toThrow(
      'Le fichier « export.xlsx » est une page web (HTML) sans tableau, pas un classeur',
    );
  });

  it('refuses an empty or binary file named as a workbook', async () => {
    await expect(readSheetFile('vide.xlsx', new Uint8Array())).rejects.toThrow('Le fichier « vide.xlsx » est vide.');
    const binary = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
    await expect(readSheetFile('photo.ods', binary)).rejects.toThrow(
      'Le fichier « photo.ods » n’est pas un tableur lisible (ni XLSX, ni ODS, ni XLS, ni CSV).',
    );
  });

  it('says plainly that a ZIP without a spreadsheet is not one', async () => {
    const { zipSync } = await import('fflate');
    const docx = zipSync({ 'word/document.xml': utf8('<w:document/>') });
    await expect(readSheetFile('lettre.xlsx', docx)).rejects.toThrow(
      'Le fichier « lettre.xlsx » est une archive (ZIP) qui ne contient pas de tableur',
    );
  });

  it('reads dates of a 1904 workbook and date-times', async () => {
    const bytes = workbook('xlsx', { Feuille: [['quand'], [45352.5], [0.75]] }, (wb) => {
      const sheet = wb.Sheets.Feuille;
      if (sheet?.A2 && sheet.A3) {
        sheet.A2.z = 'dd/mm/yyyy hh:mm';
        sheet.A3.z = 'hh:mm';
      }
    });
    const read = await readSheetFile('base.xlsx', bytes);
    expect(read.table.rows.map((r) => r.values.quand)).toEqual(['2024-03-01 12:00', '18:00']);

    const mac = workbook('xlsx', { Feuille: [['quand'], [43890]] }, (wb) => {
      wb.Workbook = { WBProps: { date1904: true } };
      const cell = wb.Sheets.Feuille?.A2;
      if (cell) cell.z = 'dd/mm/yyyy';
    });
    expect((await readSheetFile('mac.xlsx', mac)).table.rows[0]?.values.quand).toBe('2024-03-01');
  });
});

describe('an ODS date as LibreOffice writes it', () => {
  it('reads office:date-value="2024-03-01" as that day, whatever the time zone', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(
      workbook('ods', { Feuille: [['verifie_le'], [45000], [45000]] }, (wb) => {
        for (const address of ['A2', 'A3']) dateFormat(wb, 'Feuille', address);
      }),
    );
    const content = new TextDecoder().decode(files['content.xml']);
    const cells = content.match(/<table:table-cell[^>]*office:value-type="(?:date|float)"[^>]*>/g) ?? [];
    expect(cells).toHaveLength(2);
    let i = 0;
    const libreOffice = content.replace(/<table:table-cell[^>]*office:value-type="(?:date|float)"[^>]*>/g, () => {
      i += 1;
      const value = i === 1 ? '2024-03-01' : '2024-03-01T14:30:00';
      return `<table:table-cell office:value-type="date" office:date-value="${value}" table:style-name="ce1">`;
    });
    files['content.xml'] = new TextEncoder().encode(libreOffice);
    const read = await readSheetFile('base.ods', zipSync(files));
    expect(read.table.rows.map((r) => r.values.verifie_le)).toEqual(['2024-03-01', '2024-03-01 14:30']);
  });
});

describe('the checked-in workbooks (tests/fixtures/sheets)', () => {
  const seed = parseCsv(decodeSheetBytes(readFileSync(resolve(root, 'data/seed-actors.csv'))).text);
  const seedLinks = parseCsv(decodeSheetBytes(readFileSync(resolve(root, 'data/seed-links.csv'))).text);

  it.each(['xlsx', 'ods'])('acteurs.%s holds the first five seed actors and two seed links, as the CSV reads them', async (format) => {
    const bytes = readFileSync(resolve(root, `tests/fixtures/sheets/acteurs.${format}`));
    const read = await readSheetFile(`acteurs.${format}`, bytes);
    expect(read.format).toBe(format);
    expect(read.sheets).toEqual(['Acteurs', 'Liens']);
    expect(read.sheet).toBe('Acteurs');
    expect(read.table.header).toEqual(seed.header);
    expect(read.table.rows).toEqual(seed.rows.slice(0, 5));
    expect(read.table.rows[0]?.values.departement).toBe('67');
    const links = await readSheetFile(`acteurs.${format}`, bytes, { sheet: 'Liens' });
    expect(links.table.rows).toEqual(seedLinks.rows.slice(0, 2));
  });
});

describe('plain numbers and column letters', () => {
  it('writes numbers without exponent, thousands separator or binary noise', () => {
    expect([1000, 1234567.5, -0.000015, 1.5e-7, 1e21, 0.1 + 0.2, -0, 46.1060711578546].map(plainNumber)).toEqual([
      '1000',
      '1234567.5',
      '-0.000015',
      '0.00000015',
      '1000000000000000000000',
      '0.3',
      '0',
      '46.1060711578546',
    ]);
  });

  it('names columns as spreadsheets do', () => {
    const letters = columnLetters(703);
    expect([letters[0], letters[25], letters[26], letters[701], letters[702]]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

/** Gives a cell a date format, as a spreadsheet does when a date is typed. */
function dateFormat(wb: XLSX.WorkBook, sheet: string, address: string): void {
  const cell = wb.Sheets[sheet]?.[address] as XLSX.CellObject | undefined;
  if (cell) cell.z = 'dd/mm/yyyy';
}
