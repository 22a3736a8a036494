import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/csv';
import { sheetToExcelCsv } from '../../../pipeline/sheet-write';
import { correctedFileName, sheetCells } from './corrected-download';

describe('correctedFileName', () => {
  it('says the sheet and the day', () => {
    expect(correctedFileName('acteurs.csv', '2026-12-06', 'xlsx')).toBe('acteurs - corrigée 2026-12-06.xlsx');
    expect(correctedFileName('Acteurs 2026.XLSX', '2026-12-06', 'csv')).toBe('Acteurs 2026 - corrigée 2026-12-06.csv');
  });

  it('keeps out what a file system refuses', () => {
    expect(correctedFileName('a/b:c*?.ods', '2026-12-06', 'csv')).toBe('a b c - corrigée 2026-12-06.csv');
    expect(correctedFileName('.csv', '2026-12-06', 'csv')).toBe('feuille - corrigée 2026-12-06.csv');
  });
});

describe('sheetCells', () => {
  const table = parseCsv('nom,commune\nLa Fabrique,86194\n\nAtelier,2A004,en trop\n');

  it('gives every row under the header, the extra cells kept', () => {
    expect(sheetCells(table, true)).toEqual({
      header: ['nom', 'commune', ''],
      rows: [
        ['La Fabrique', '86194', ''],
        ['Atelier', '2A004', 'en trop'],
      ],
    });
  });

  it('writes a sheet read without a header without one', () => {
    const noHeader = { ...table, header: ['A', 'B'], rows: [{ line: 1, values: { A: 'La Fabrique', B: '86194' }, extra: [] }] };
    expect(sheetCells(noHeader, false)).toEqual({ header: ['La Fabrique', '86194'], rows: [] });
  });

  it('makes a CSV French Excel reads back to the same cells', () => {
    const { header, rows } = sheetCells(table, true);
    const csv = sheetToExcelCsv(header, rows);
    expect(csv.startsWith('\uFEFFnom;commune;')).toBe(true);
    expect(parseCsv(csv).rows.map((r) => r.values['commune'])).toEqual(['86194', '2A004']);
  });
});
