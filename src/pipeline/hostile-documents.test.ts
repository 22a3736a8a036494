/**
 * The list of documents (documents.csv) through the real pipeline: cleaned, checked and reported
 * as the other sheets are (tests/fixtures/hostile/documents-hostile.csv, cited by documents-cited.csv).
 */
import { describe, expect, it } from 'vitest';
import { buildHostile, useHostileBuilds } from '../../tests/helpers/hostile-build';

useHostileBuilds();

const INVALID_DATE = 'date invalide (attendu : une date qui existe, écrite AAAA, AAAA-MM ou AAAA-MM-JJ)';
const INVALID_ADDRESS = 'adresse web invalide (seules les adresses http et https sont acceptées)';

describe('the list of documents', () => {
  it('cleans titles, leaves out rows without id or title and repeated ids, and reports bad dates and addresses', async () => {
    const b = await buildHostile(['documents-cited.csv'], [], 'documents-hostile.csv');
    expect(b.problems.map((p) => [p.severity, p.file, p.line, p.column, p.value, p.message, p.action])).toEqual([
      ['warning', 'documents-hostile.csv', 2, 'date', '2020-02-30', INVALID_DATE, 'laissée vide'],
      ['warning', 'documents-hostile.csv', 2, 'url', 'javascript:alert(1)', INVALID_ADDRESS, 'ignorée'],
      [
        'error',
        'documents-hostile.csv',
        4,
        'id',
        'guide.pdf',
        'identifiant de document déjà utilisé par une autre ligne (« guide.pdf »)',
        'ligne écartée',
      ],
      ['error', 'documents-hostile.csv', 5, 'id', '', 'identifiant de document vide', 'ligne écartée'],
      ['error', 'documents-hostile.csv', 6, 'title', 'vide.pdf', 'titre de document vide', 'ligne écartée'],
      ['warning', 'documents-hostile.csv', 7, 'title', `${'T'.repeat(200)}…`, 'texte trop long (1000 caractères)', 'coupé à 300'],
      ['warning', 'documents-hostile.csv', 7, 'url', 'https://exemple.fr@ailleurs.example', INVALID_ADDRESS, 'ignorée'],
      ['warning', 'documents-hostile.csv', 8, '', 'en trop', '1 cellule(s) au-delà des colonnes de l’en-tête', 'ignorée(s)'],
      ['warning', 'documents-hostile.csv', 8, 'date', '2023-02-29', INVALID_DATE, 'laissée vide'],
      ['warning', 'documents-hostile.csv', 9, 'date', '2021-13', INVALID_DATE, 'laissée vide'],
    ]);
    const sources = (name: string) => b.actors.find((a) => a.properties.name === name)?.properties.sources;
    // No direction override, bell, escape or zero-width space left; no 30 February; the address follows the title.
    expect(sources('Cité')).toEqual([
      'Rapport fdp.exe annuel (Éditeur)',
      'Guide (Le RAMEAU, juillet 2021)',
      'https://www.lerameau.fr/guide',
      'inconnu.pdf',
      'vide.pdf',
    ]);
    expect(sources('Tout')).toEqual([
      'Rapport fdp.exe annuel (Éditeur)',
      'Guide (Le RAMEAU, juillet 2021)',
      'https://www.lerameau.fr/guide',
      `${'T'.repeat(300)} (X, 29 février 2024)`,
      'Pas bissextile',
      'Mois',
    ]);
  });
});
