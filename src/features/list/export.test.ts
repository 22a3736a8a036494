import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { actorsToCsv, actorsToGeoJson, neutralizeFormula } from './export';
import { actor } from '../../../tests/fixtures/actors';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","clic")', `'=HYPERLINK("http://x","clic")`],
    ['+33 1 23', `'+33 1 23`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['-cmd', `'-cmd`],
    ['\tx', `'\tx`],
    ['-1.55', '-1.55'],
    ['Comité 21', 'Comité 21'],
    ['Voir ;=HYPERLINK("http://x")', `Voir ;'=HYPERLINK("http://x")`],
    ['a, +cmd', `a, '+cmd`],
    ['Tours, -20 %', 'Tours, -20 %'],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('actorsToCsv', () => {
  it('writes labels in French, coordinates as numbers and neutralised formulas', () => {
    const csv = actorsToCsv([
      actor({ id: 'x', name: '=1+1', practices: ['dialogue', 'lieu'], profile: 'association', sample: true }, [-1.55, 47.2]),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const row = parseCsv(csv).rows[0]?.values;
    expect(row).toMatchObject({
      nom: "'=1+1",
      pratiques: "Dialogue territorial; Gestion d'un lieu",
      profil: 'Association',
      longitude: '-1.55',
      latitude: '47.2',
      donnee_exemple: 'oui',
    });
  });
});

describe('actorsToGeoJson', () => {
  it('writes a FeatureCollection that parses back to the same features', () => {
    const f = actor({ id: 'x' });
    expect(JSON.parse(actorsToGeoJson([f]))).toEqual({ type: 'FeatureCollection', features: [f] });
  });
});
