/** Rows of real public lists through `readActorSheet`: homonyms at different places, text decoded twice, a code and a name column. */
import { describe, expect, it } from 'vitest';
import { readActorSheet } from './actor-rows';
import { parseCsv } from '../core/csv';
import { ProblemLog } from '../core/problems';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';

function read(text: string, takenIds = new Set<string>()) {
  const log = new ProblemLog('liste.csv');
  const result = readActorSheet(parseCsv(text), FIXTURE_PLACES, log, takenIds, { sampleByDefault: false, today: '2026-12-01' });
  const brief = log.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message, p.action]);
  return { ...result, problems: brief };
}

describe('organisations of the same name', () => {
  it('keeps one fiche per place, with ids derived from the name and the commune, whatever the order', () => {
    const sheet = 'nom,ville\nMaison des associations,Poitiers\nMaison des associations,Lyon\nMaison des associations,Poitiers\n';
    const { actors, rejected, problems } = read(sheet);
    expect(actors.map((a) => [a.id, a.properties.communeName])).toEqual([
      ['maison-des-associations-poitiers', 'Poitiers'],
      ['maison-des-associations-lyon', 'Lyon'],
    ]);
    const homonyms = 'nom porté par 3 lignes en 2 lieux différents : ce sont des fiches distinctes';
    expect(problems).toEqual([
      [
        'warning',
        2,
        'nom',
        'Maison des associations',
        homonyms,
        expect.stringContaining('identifiant « maison-des-associations-poitiers »'),
      ],
      ['warning', 3, 'nom', 'Maison des associations', homonyms, expect.stringContaining('identifiant « maison-des-associations-lyon »')],
      [
        'error',
        4,
        'nom',
        'Maison des associations',
        'le nom donne le même identifiant (« maison-des-associations-poitiers ») qu’une ligne déjà lue',
        'ligne écartée : donnez-lui un identifiant unique dans une colonne id',
      ],
    ]);
    expect(rejected).toEqual([4]);

    const reversed = read('nom,ville\nMaison des associations,Lyon\nMaison des associations,Poitiers\n');
    expect(reversed.actors.map((a) => a.id)).toEqual(['maison-des-associations-lyon', 'maison-des-associations-poitiers']);
  });

  it('tells homonyms known only by their département apart by it', () => {
    const { actors } = read('nom,departement\nFrance services,86\nFrance services,69\n');
    expect(actors.map((a) => a.id)).toEqual(['france-services-departement-86', 'france-services-departement-69']);
  });

  it('still refuses the same name at the same place', () => {
    const { actors, rejected } = read('nom,code insee\nMaison des associations,86194\nMaison des associations,86194\n');
    expect(actors.map((a) => a.id)).toEqual(['maison-des-associations']);
    expect(rejected).toEqual([3]);
  });
});

describe('text decoded twice', () => {
  it('repairs the cell and says so', () => {
    const { actors, problems } = read('nom,ville\nFresnes-LÃ©guillon,Poitiers\n');
    expect(actors[0]?.properties.name).toBe('Fresnes-Léguillon');
    expect(actors[0]?.id).toBe('fresnes-leguillon');
    expect(problems).toEqual([
      [
        'warning',
        2,
        'nom',
        'Fresnes-LÃ©guillon',
        'texte décodé deux fois (« Ã© » pour « é » : UTF-8 relu comme Windows-1252)',
        'réparé : « Fresnes-Léguillon »',
      ],
    ]);
  });
});

describe('a code column and a name column', () => {
  it('reads each for what it is: no duplicate column, an empty code placed by the name', () => {
    const { actors, problems } = read('nom,code insee,ville,code postal\nA,86066,Chauvigny,86300\nB,,Saint-Genis,86300\nC,,Lyon,\n');
    expect(problems).toEqual([]);
    expect(actors.map((a) => [a.id, a.properties.commune, a.properties.communeName, a.properties.precision])).toEqual([
      ['a', '86066', 'Chauvigny', 'commune'],
      ['b', '86230', 'Saint-Genis', 'commune'],
      ['c', '69123', 'Lyon', 'commune'],
    ]);
  });

  it('counts a point from coordinates in a known commune as a place for the qualification', () => {
    const { actors } = read('nom,code insee,lat,lon\nA,86066,"46,60","0,80"\nB,,"46,60","0,80"\n');
    expect(actors.map((a) => [a.properties.precision, a.properties.locationBasis, a.properties.missing.includes('place')])).toEqual([
      ['coordinates', 'coordinates', false],
      ['coordinates', 'coordinates', true],
    ]);
  });
});
