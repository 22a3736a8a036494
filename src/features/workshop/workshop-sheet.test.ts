import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import {
  guessRole,
  isKnownHeader,
  newWorkshopSheet,
  sheetSourceOf,
  sourceListOf,
  type SheetRole,
  type WorkshopSheet,
} from './workshop-sheet';
import { columnView } from './columns/column-view';

/** A sheet of actors or links (what an entry of sources.json is written for). */
function sheet(partial: Partial<WorkshopSheet> & { role?: SheetRole }): WorkshopSheet & { role: SheetRole } {
  return {
    ...newWorkshopSheet('acteurs.csv', new Uint8Array(), { status: 'ready', format: 'csv', ...partial }),
    role: partial.role ?? 'actors',
  };
}

describe('the sheets of the workshop', () => {
  it('takes a sheet with link ends for links, any other for actors', () => {
    expect(guessRole(['Source', 'Cible', 'Type de lien'])).toBe('links');
    expect(guessRole(['de', 'vers'])).toBe('links');
    expect(guessRole(['nom', 'commune', 'sources'])).toBe('actors');
  });

  it('knows the headers of either kind of sheet, folded', () => {
    expect(isKnownHeader('Code postal')).toBe(true);
    expect(isKnownHeader('mentioned_in')).toBe(true);
    expect(isKnownHeader('Raison sociale de la structure')).toBe(false);
  });

  it('writes an entry of sources.json with only what differs from the defaults', () => {
    expect(sheetSourceOf(sheet({}))).toEqual({ file: 'acteurs.csv', sample: false });
    expect(
      sheetSourceOf(
        sheet({
          name: 'acteurs.xlsx',
          url: 'https://example.org/a.xlsx',
          sheet: 'Acteurs',
          header: false,
          table: parseCsv('A,B\nLabo,86194\n'),
          sample: true,
          columns: { B: 'commune' },
          values: { profile: 'institution' },
        }),
      ),
    ).toEqual({
      file: 'acteurs.xlsx',
      sample: true,
      url: 'https://example.org/a.xlsx',
      sheet: 'Acteurs',
      header: false,
      columns: { B: 'commune' },
      values: { profile: 'institution' },
    });
  });

  it('checks the readable sheets only, by role', () => {
    const list = sourceListOf([
      sheet({ name: 'a.csv' }),
      sheet({ name: 'l.csv', role: 'links' }),
      sheet({ name: 'lu.csv', status: 'reading' }),
      sheet({ name: 'casse.xlsx', status: 'failed' }),
    ]);
    expect(list).toEqual({ actors: [{ file: 'a.csv', sample: false }], links: [{ file: 'l.csv', sample: false }] });
  });

  it('shows the unknown headers apart, with their choice and a few values', () => {
    const table = parseCsv(
      'Nom,Structure porteuse,Code INSEE\nLabo,Ville de Poitiers,86194\nFab,Ville de Poitiers,86066\nLieu,,69123\nAutre,Asso,69123\n',
    );
    const view = columnView(table, 'actors', { 'Structure porteuse': 'ignore', 'Code INSEE': 'postcode' });
    expect(view.unknown).toEqual([
      { header: 'Structure porteuse', known: undefined, choice: 'ignore', samples: ['Ville de Poitiers', 'Asso'] },
    ]);
    expect(view.known.map((c) => [c.header, c.known, c.choice, c.samples.length])).toEqual([
      ['Nom', 'name', 'name', 3],
      ['Code INSEE', 'commune', 'postcode', 3],
    ]);
  });
});
