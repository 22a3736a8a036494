import { describe, expect, it } from 'vitest';
import { readActorSheet } from '../../../pipeline/actor-rows';
import { parseCsv } from '../../../core/csv';
import { ProblemLog } from '../../../core/problems';
import { FIXTURE_PLACES } from '../../../../tests/fixtures/places';
import { departementOfCommune, newFicheDuplicates } from './new-fiche-duplicates';
import { CORRECTION, NEW_FICHE, SHEET_TEXT } from './moderation-fixtures';

const actors = readActorSheet(
  parseCsv(`${SHEET_TEXT}\nAtelier commun Vénissieux,actor,lieu,association,69,69259,\n`),
  FIXTURE_PLACES,
  new ProblemLog('a.csv'),
  new Set(),
  {
    sampleByDefault: false,
    today: '2026-12-06',
  },
).actors;

describe('newFicheDuplicates', () => {
  it('finds the fiche of a close name in the new fiche’s département, and the one with the same website anywhere', () => {
    const found = newFicheDuplicates(NEW_FICHE, actors);
    expect(found.map((d) => d.id)).toEqual(['atelier-commun-venissieux']);
    expect(found[0]?.explanation).toBe('même nom, même commune');
    const sameSite = newFicheDuplicates(
      { ...NEW_FICHE, fields: { name: 'Tout autre nom', commune: '86194', website: 'https://atelier-commun.example.fr' } },
      actors,
    );
    expect(sameSite.map((d) => [d.id, d.name])).toEqual([['atelier-commun', 'Atelier Commun']]);
  });

  it('finds none for an unlike fiche, nor for a correction', () => {
    expect(newFicheDuplicates({ ...NEW_FICHE, fields: { name: 'Conseil de développement', commune: '86194' } }, actors)).toEqual([]);
    expect(newFicheDuplicates(CORRECTION, actors)).toEqual([]);
  });

  it('reads the département of a commune code', () => {
    expect([
      departementOfCommune('69259'),
      departementOfCommune('2A004'),
      departementOfCommune('97411'),
      departementOfCommune('Lyon'),
    ]).toEqual(['69', '2A', '974', '']);
  });
});
