import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { actorsToCsv, actorsToGeoJson } from './export';
import { actor } from '../../../tests/fixtures/actors';
import { formulaFragments } from '../../../tests/helpers/csv-formulas';

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

  it('leaves no formula a spreadsheet could run, whatever separator it splits on', () => {
    const csv = actorsToCsv([
      actor({ id: 'f4', name: "Assoc;-2+3+cmd|' /C calc'!A0", description: "Texte;+1+cmd|' /C calc'!A0", themes: ['Texte\t=2+3'] }),
      actor({ id: 'f5', name: '\t@SUM(A1)', sources: ['-2+3', '+33 1 23 45 67 89'] }, [-1.55, 47.2]),
    ]);
    expect(formulaFragments(csv)).toEqual([]);
    expect(
      parseCsv(csv).rows.map((r) => [
        r.values['nom'],
        r.values['description'],
        r.values['themes'],
        r.values['sources'],
        r.values['longitude'],
      ]),
    ).toEqual([
      ["Assoc;'-2+3+cmd|' /C calc'!A0", "Texte;'+1+cmd|' /C calc'!A0", "Texte\t'=2+3", '', '2.35'],
      ["'\t'@SUM(A1)", '', '', "'-2+3; '+33 1 23 45 67 89", '-1.55'],
    ]);
  });
});

describe('actorsToGeoJson', () => {
  it('writes a FeatureCollection that parses back to the same features', () => {
    const f = actor({ id: 'x' });
    expect(JSON.parse(actorsToGeoJson([f]))).toEqual({ type: 'FeatureCollection', features: [f] });
  });
});
