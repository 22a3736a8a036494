import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { readSheetFile } from './sheet-files';
import { safeSheetName, sheetToExcelCsv, sheetToXlsx } from './sheet-write';

const header = ['nom', 'code postal', 'description', 'verifie_le'];
const rows = [
  ['Maison des associations', '01000', 'Accueil ; conseils, « prêts »', '2024-03-01'],
  ['=HYPERLINK("http://exemple.invalid")', '69001', 'Deux lignes\nde texte', ''],
  ['Tiers-lieu', '-12', '+33 1 23 45 67 89', ''],
];

describe('sheetToExcelCsv', () => {
  it('writes UTF-8 with a BOM, semicolons and CRLF, and neutralises formulas', () => {
    const csv = sheetToExcelCsv(header, rows);
    expect(csv).toBe(
      '\uFEFFnom;code postal;description;verifie_le\r\n' +
        'Maison des associations;01000;"Accueil ; conseils, « prêts »";2024-03-01\r\n' +
        '"\'=HYPERLINK(""http://exemple.invalid"")";69001;"Deux lignes\nde texte";\r\n' +
        'Tiers-lieu;-12;+33 1 23 45 67 89;\r\n',
    );
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back through the pipeline’s reader as written', async () => {
    const read = await readSheetFile('corrige.csv', new TextEncoder().encode(sheetToExcelCsv(header, rows)));
    expect(read.table.delimiter).toBe(';');
    expect(read.table.header).toEqual(header);
    expect(read.table.rows.map((r) => header.map((h) => r.values[h]))).toEqual([
      rows[0],
      ['\'=HYPERLINK("http://exemple.invalid")', '69001', 'Deux lignes\nde texte', ''],
      rows[2],
    ]);
  });
});

describe('sheetToXlsx', () => {
  it('writes every cell as text: zeros kept, no formula, no date', async () => {
    const bytes = await sheetToXlsx(header, rows, 'Acteurs corrigés');
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true });
    expect(workbook.SheetNames).toEqual(['Acteurs corrigés']);
    const sheet = workbook.Sheets['Acteurs corrigés'];
    expect(sheet?.B2).toMatchObject({ t: 's', v: '01000' });
    expect(sheet?.D2).toMatchObject({ t: 's', v: '2024-03-01' });
    expect(sheet?.A3).toMatchObject({ t: 's', v: '=HYPERLINK("http://exemple.invalid")' });
    expect(sheet?.A3?.f).toBeUndefined();
    expect(sheet?.['!cols']?.map((c) => c.wch)).toEqual([37, 12, 30, 11]);

    const read = await readSheetFile('corrige.xlsx', bytes);
    expect(read.format).toBe('xlsx');
    expect(read.table.rows).toEqual(
      rows.map((cells, i) => ({ line: i + 2, values: Object.fromEntries(header.map((h, c) => [h, cells[c]])), extra: [] })),
    );
  });

  it('gives the sheet a name Excel accepts', () => {
    expect(safeSheetName('Acteurs: 2024/03 [corrigé]?')).toBe('Acteurs 2024 03 corrigé');
    expect(safeSheetName("'Liens'")).toBe('Liens');
    expect(safeSheetName('  ')).toBe('Feuille1');
    expect(safeSheetName('Acteurs du réseau des pionniers des alliances')).toBe('Acteurs du réseau des pionniers');
    expect(safeSheetName(`${'a'.repeat(30)}😀`)).toBe('a'.repeat(30));
  });

  it('round-trips the France Services list through XLSX unchanged', async ({ skip }) => {
    const path = resolve(__dirname, '../../../shared/realdata/france-services-2022.csv');
    if (!existsSync(path)) skip(`${path} is not there: the real-data check is skipped`);
    const table = parseCsv(readFileSync(path, 'utf8'));
    const cells = table.rows.map((row) => table.header.map((h) => row.values[h] ?? ''));
    const read = await readSheetFile('france-services.xlsx', await sheetToXlsx(table.header, cells, 'France services'));
    expect(read.table.header).toEqual(table.header);
    // The CSV's line numbers count the line breaks inside its cells; the workbook's are row numbers.
    expect(read.table.rows.map((r) => r.values)).toEqual(table.rows.map((r) => r.values));
    expect(read.table.rows.map((r) => r.line)).toEqual(table.rows.map((_, i) => i + 2));
  }, 30_000);
});
