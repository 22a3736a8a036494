import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/csv';
import { ProblemLog, type Problem } from '../../../core/problems';
import { readActorSheet } from '../../../pipeline/actor-rows';
import { FIXTURE_PLACES } from '../../../../tests/fixtures/places';
import {
  ALL,
  NO_FILTER,
  adviceFor,
  buildReport,
  filterCounts,
  filterRows,
  kindKey,
  kindLabel,
  recordOf,
  validFilter,
} from './report-model';

/** A sheet with what staff get wrong, read by the pipeline itself: its problems are the real messages. */
const SHEET = [
  'nom,commune,pratiques,profil,couleur,lat,lon',
  'Tiers-lieu des Usines,86194,lieu; bricolage,Association,vert,,',
  ',86194,dialogue,,,,',
  'La Fabrique,99999,dialogue; jardinage,Collectivité,,,',
  'Atelier 21,Poitiers,accompagnement,Club,,46.58,abc',
  'Les Communs,69999,cuisine,,,,',
].join('\n');

function sheetProblems(): { table: ReturnType<typeof parseCsv>; problems: Problem[] } {
  const table = parseCsv(SHEET);
  const log = new ProblemLog('acteurs.csv');
  readActorSheet(table, FIXTURE_PLACES, log, new Set(), { sampleByDefault: false, today: '2026-12-06' });
  return { table, problems: log.problems };
}

describe('kinds of problems', () => {
  it('are messages without their values', () => {
    expect(kindLabel('commune introuvable dans le département 86')).toBe('commune introuvable dans le département');
    expect(kindLabel('pratique inconnue (attendu : dialogue, experimentation, accompagnement, lieu)')).toBe('pratique inconnue');
    expect(kindLabel('colonne en double (même champ que « nom »)')).toBe('colonne en double');
    expect(kindLabel('identifiant déjà utilisé par une autre ligne (« comite-21 »)')).toBe('identifiant déjà utilisé par une autre ligne');
    expect(kindLabel('2 cellule(s) au-delà des colonnes de l’en-tête')).toBe('cellule au-delà des colonnes de l’en-tête');
    expect(kindLabel('cellule B3 en erreur dans le tableur (#REF!)')).toBe('cellule en erreur dans le tableur');
    expect(kindKey('date de vérification dans le futur (après le 06/12/2026)')).toBe('date-de-verification-dans-le-futur');
    expect(kindKey('commune introuvable dans le département 2A')).toBe(kindKey('commune introuvable dans le département 86'));
  });

  it('group a real sheet’s problems, the most frequent first, each with what to do', () => {
    const report = buildReport(sheetProblems().problems);
    expect(report.kinds.map((k) => [k.label, k.errors, k.warnings, k.advice])).toEqual([
      ['pratique inconnue', 0, 3, 'unknownCode'],
      ['code INSEE de commune inconnu', 0, 2, 'unknownCommune'],
      ['nom vide', 1, 0, 'emptyName'],
      ['colonne inconnue', 0, 1, 'unknownColumn'],
      ['longitude illisible', 0, 1, 'coordinates'],
      ['profil inconnu', 0, 1, 'unknownCode'],
    ]);
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(8);
    expect(report.sheets).toEqual([{ file: 'acteurs.csv', errors: 1, warnings: 8 }]);
  });

  it('are sorted by sheet, line and column', () => {
    const report = buildReport([
      { severity: 'warning', file: 'b.csv', line: 2, column: 'x', value: '', message: 'm', action: '' },
      { severity: 'warning', file: 'a.csv', line: 5, column: 'x', value: '', message: 'm', action: '' },
      { severity: 'error', file: 'a.csv', line: 5, column: 'commune', value: '', message: 'm', action: '' },
      { severity: 'warning', file: 'a.csv', line: 0, column: '', value: '', message: 'fichier vide', action: '' },
    ]);
    expect(report.rows.map((r) => [r.file, r.line, r.column, r.index])).toEqual([
      ['a.csv', 0, '', 3],
      ['a.csv', 5, 'commune', 2],
      ['a.csv', 5, 'x', 1],
      ['b.csv', 2, 'x', 0],
    ]);
  });

  it.each([
    ['colonne-inconnue', 'unknownColumn'],
    ['la-colonne-du-nom-name-ou-nom-manque', 'missingColumn'],
    ['le-nom-donne-le-meme-identifiant-qu-une-ligne-deja-lue', 'duplicateId'],
    ['lien-vers-un-acteur-inconnu', 'linkEnd'],
    ['coordonnees-hors-du-territoire-francais-de-la-carte', 'coordinates'],
    ['adresse-qui-semble-personnelle-ne-publiez-le-contact-d-une-personne-qu-avec-son-accord', 'personalEmail'],
    ['lecture-csv-guillemet-mal-place', 'sheetSyntax'],
    ['fichier-en-windows-pas-en-utf', 'encoding'],
    ['quelque-chose-de-nouveau', 'other'],
  ])('%s → advice %s', (key, advice) => {
    expect(adviceFor(key)).toBe(advice);
  });
});

describe('filters', () => {
  const problems: Problem[] = [
    { severity: 'error', file: 'acteurs.csv', line: 3, column: 'nom', value: '', message: 'nom vide', action: 'ligne écartée' },
    {
      severity: 'warning',
      file: 'acteurs.csv',
      line: 4,
      column: 'commune',
      value: '99999',
      message: 'code INSEE de commune inconnu',
      action: 'x',
    },
    {
      severity: 'warning',
      file: 'autres.csv',
      line: 2,
      column: 'commune',
      value: '69999',
      message: 'code INSEE de commune inconnu',
      action: 'x',
    },
    {
      severity: 'error',
      file: 'liens.csv',
      line: 2,
      column: 'cible',
      value: 'x',
      message: 'lien vers un acteur inconnu (ni identifiant ni nom exact)',
      action: 'x',
    },
  ];
  const report = buildReport(problems);

  it('keep the problems of a severity, a sheet and a kind', () => {
    expect(filterRows(report, NO_FILTER)).toHaveLength(4);
    expect(filterRows(report, { ...NO_FILTER, severity: 'error' }).map((r) => r.file)).toEqual(['acteurs.csv', 'liens.csv']);
    expect(filterRows(report, { severity: 'warning', sheet: ALL, kind: 'code-insee-de-commune-inconnu' }).map((r) => r.value)).toEqual([
      '99999',
      '69999',
    ]);
    expect(filterRows(report, { severity: 'error', sheet: 'autres.csv', kind: ALL })).toEqual([]);
  });

  it('count each option with the other filters applied', () => {
    expect(filterCounts(report, { ...NO_FILTER, sheet: 'acteurs.csv' })).toEqual({
      severity: { all: 2, error: 1, warning: 1 },
      sheet: { all: 4, 'acteurs.csv': 2, 'autres.csv': 1, 'liens.csv': 1 },
      kind: { all: 2, 'nom-vide': 1, 'code-insee-de-commune-inconnu': 1 },
    });
  });

  it('go back to all when a sheet or a kind is no longer in the report', () => {
    const after = buildReport(problems.slice(0, 1));
    expect(validFilter(after, { severity: 'error', sheet: 'liens.csv', kind: 'lien-vers-un-acteur-inconnu' })).toEqual({
      severity: 'error',
      sheet: ALL,
      kind: ALL,
    });
  });
});

describe('recordOf', () => {
  const { table, problems } = sheetProblems();
  const sheets = [{ name: 'acteurs.csv', table }];

  it('finds the row a problem is about, with every column of its sheet', () => {
    const problem = problems.find((p) => p.message === 'nom vide')!;
    const record = recordOf(sheets, problem)!;
    expect(record.line).toBe(3);
    expect(record.header).toEqual(['nom', 'commune', 'pratiques', 'profil', 'couleur', 'lat', 'lon']);
    expect(record.row.values).toMatchObject({ nom: '', commune: '86194', pratiques: 'dialogue' });
    expect(record.column).toBe('nom');
  });

  it('has no row for the header or the file, and no column for a field the sheet does not have', () => {
    const unknownColumn = problems.find((p) => p.message === 'colonne inconnue')!;
    expect(recordOf(sheets, unknownColumn)).toBeUndefined();
    expect(recordOf(sheets, { file: 'acteurs.csv', line: 0, column: '' })).toBeUndefined();
    expect(recordOf(sheets, { file: 'ailleurs.csv', line: 2, column: '' })).toBeUndefined();
    expect(recordOf(sheets, { file: 'acteurs.csv', line: 99, column: '' })).toBeUndefined();
    expect(recordOf(sheets, { file: 'acteurs.csv', line: 2, column: 'profile (valeur fixée pour la feuille)' })?.column).toBeUndefined();
  });
});
