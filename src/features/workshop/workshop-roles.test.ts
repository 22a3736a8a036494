import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { guessRole, newWorkshopSheet, sourceListOf, tableReadInstead, type WorkshopSheet } from './workshop-sheet';

const headerOf = (file: string) => parseCsv(readFileSync(resolve(__dirname, '../../../data', file), 'utf8')).header;

function sheet(name: string, role: WorkshopSheet['role'], status: WorkshopSheet['status'] = 'ready'): WorkshopSheet {
  return newWorkshopSheet(name, new Uint8Array(), { role, status, format: 'csv', sample: role === 'actors' && name.startsWith('sample') });
}

describe('the documents and fragility tables in the workshop', () => {
  it('are known by their headers', () => {
    expect(guessRole(headerOf('documents.csv'))).toBe('documents');
    expect(guessRole(['Identifiant', 'Titre', 'Éditeur', 'Lien'])).toBe('documents');
    expect(guessRole(headerOf('fragility-impact-2020.csv'))).toBe('fragility');
    expect(guessRole(headerOf('seed-actors.csv'))).toBe('actors');
    expect(guessRole(headerOf('seed-links.csv'))).toBe('links');
    // An id and a name: a sheet of actors, even with a title column.
    expect(guessRole(['id', 'nom', 'titre'])).toBe('actors');
    // The fragility table without its value column is not one.
    expect(guessRole(headerOf('fragility-impact-2020.csv').filter((h) => h !== 'value'))).toBe('actors');
  });

  it('go into the sources as sources.json names them, the first of each role only', () => {
    const sheets = [
      sheet('seed-actors.csv', 'actors'),
      sheet('documents.csv', 'documents'),
      sheet('autres-documents.csv', 'documents'),
      sheet('en-lecture.csv', 'fragility', 'reading'),
      sheet('fragility-impact-2020.csv', 'fragility'),
    ];
    expect(sourceListOf(sheets)).toEqual({
      actors: [{ file: 'seed-actors.csv', sample: false }],
      links: [],
      documents: 'documents.csv',
      fragility: 'fragility-impact-2020.csv',
    });
    expect(tableReadInstead(sheets, 'autres-documents.csv')).toBe('documents.csv');
    expect(tableReadInstead(sheets, 'documents.csv')).toBeUndefined();
    expect(tableReadInstead(sheets, 'fragility-impact-2020.csv')).toBeUndefined();
    expect(tableReadInstead(sheets, 'seed-actors.csv')).toBeUndefined();
    expect(sourceListOf([sheet('seed-actors.csv', 'actors')])).toEqual({ actors: [{ file: 'seed-actors.csv', sample: false }], links: [] });
  });
});
