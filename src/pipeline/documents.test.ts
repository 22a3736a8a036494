import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { ProblemLog } from '../core/problems';
import { formatDate, readDocuments, resolveSources } from './documents';

function read(text: string) {
  const log = new ProblemLog('documents.csv');
  return { documents: readDocuments(parseCsv(text), log), problems: log.problems };
}

describe('readDocuments', () => {
  it('reads a document as its title, publisher and date, then its address', () => {
    const { documents, problems } = read('id,titre,éditeur,date,url\nk.pdf,Kit,Le RAMEAU,2021-07-12,www.lerameau.fr/kit\n');
    expect(problems).toEqual([]);
    expect([...documents]).toEqual([['k.pdf', ['Kit (Le RAMEAU, 12 juillet 2021)', 'https://www.lerameau.fr/kit']]]);
  });

  it('refuses a list without an id or a title column', () => {
    const { documents, problems } = read('id,publisher\nk.pdf,X\n');
    expect(documents.size).toBe(0);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'documents.csv',
        line: 1,
        column: 'title',
        value: 'id,publisher',
        message: 'colonne(s) manquante(s) : title',
        action: 'aucun document lu dans ce fichier',
      },
    ]);
  });

  it('says that an empty list is empty, and which columns it does not know', () => {
    expect(read('').problems.map((p) => [p.severity, p.line, p.message])).toEqual([['error', 0, 'fichier vide']]);
    expect(read('id,title,couleur\nk,Kit,rouge\n').problems.map((p) => [p.severity, p.line, p.column, p.message])).toEqual([
      ['warning', 1, 'couleur', 'colonne inconnue'],
    ]);
  });

  it('leaves the date empty, with a warning, when it does not exist', () => {
    const { documents, problems } = read('id,title,date\na,A,2020-02-30\nb,B,30/02/2020\n');
    expect([...documents.values()]).toEqual([['A'], ['B']]);
    expect(problems.map((p) => [p.line, p.column, p.value, p.action])).toEqual([
      [2, 'date', '2020-02-30', 'laissée vide'],
      [3, 'date', '30/02/2020', 'laissée vide'],
    ]);
  });
});

describe('formatDate', () => {
  it.each([
    ['2021', '2021'],
    ['2021-07', 'juillet 2021'],
    ['2021-07-01', '1 juillet 2021'],
    ['2024-02-29', '29 février 2024'],
    ['2000-02-29', '29 février 2000'],
    ['2021-12-31', '31 décembre 2021'],
  ])('writes %s as « %s »', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it.each(['2020-02-30', '2023-02-29', '1900-02-29', '2021-04-31', '2021-13', '2021-00', '2021-01-00', '21-01-01', '2021-1-1', 'hier'])(
    'refuses %s',
    (iso) => {
      expect(formatDate(iso)).toBeUndefined();
    },
  );
});

describe('resolveSources', () => {
  const documents = new Map([
    ['a.pdf', ['A (2020)']],
    ['b.pdf', ['B', 'https://exemple.fr/b']],
  ]);

  it('replaces a cited document by its title and address, keeps anything else, each once', () => {
    expect(resolveSources(['b.pdf', 'https://ailleurs.fr', 'b.pdf', 'inconnu'], documents)).toEqual([
      'B',
      'https://exemple.fr/b',
      'https://ailleurs.fr',
      'inconnu',
    ]);
  });

  it('reads « all seeds » as every document', () => {
    expect(resolveSources(['All seeds'], documents)).toEqual(['A (2020)', 'B', 'https://exemple.fr/b']);
  });
});
