import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { readSheetFile } from '../../pipeline/sheet-files';
import { correctedSheetText } from './corrected-sheet';

describe('correctedSheetText', () => {
  it('keeps every row on its line, a multi-line cell included, when read again', () => {
    const table = parseCsv('nom;commune\n\nLabo;86194\n"Deux\nlignes";69123\n\n\nFin;"a, b"\n');
    expect(table.rows.map((r) => r.line)).toEqual([3, 4, 8]);
    const text = correctedSheetText(table, true);
    expect(text).toBe('nom,commune\n\nLabo,86194\n"Deux\nlignes",69123\n\n\nFin,"a, b"\n');
    const again = parseCsv(text);
    expect(again.rows.map((r) => [r.line, r.values['nom'], r.values['commune']])).toEqual([
      [3, 'Labo', '86194'],
      [4, 'Deux\nlignes', '69123'],
      [8, 'Fin', 'a, b'],
    ]);
  });

  it('writes a corrected cell, and cells beyond the header', () => {
    const table = parseCsv('nom,commune\nLabo,86194,en trop\n');
    const row = table.rows[0];
    if (!row) throw new Error('no row');
    const corrected = { ...table, rows: [{ ...row, values: { ...row.values, commune: 'Poitiers' } }] };
    expect(correctedSheetText(corrected, true)).toBe('nom,commune\nLabo,Poitiers,en trop\n');
  });

  it('writes a sheet read without a header row without one, its lines kept', async () => {
    const bytes = new TextEncoder().encode('Labo;86194\n\nFondation;69123\n');
    const read = await readSheetFile('sans-entete.csv', bytes, { header: false });
    expect(read.table.header).toEqual(['A', 'B']);
    const text = correctedSheetText(read.table, false);
    expect(text).toBe('Labo,86194\n\nFondation,69123\n');
    const again = await readSheetFile('sans-entete.csv', new TextEncoder().encode(text), { header: false });
    expect(again.table.rows).toEqual(read.table.rows);
  });
});
