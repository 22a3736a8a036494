import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';
import { buildDataset } from './dataset';

const SHEET = [
  'id,nom,commune,doublon',
  'atelier-commun,Atelier Commun,86194,',
  ',,86194,',
  ',Maison des Possibles,79191,',
  'atelier-commun-bis,Atelier commun,86194,même que atelier-commun',
].join('\n');

const LINKS = ['source,target,type', 'maison-des-possibles,atelier-commun,partenaire'].join('\n');

describe('buildDataset: where each actor comes from', () => {
  it('gives the sheet and line of every actor read, derived ids and rows left out by « même que » included', () => {
    const build = buildDataset(
      [
        { file: 'acteurs.csv', table: parseCsv(SHEET), sampleByDefault: false },
        { file: 'autres.csv', table: parseCsv('nom\nTiers-lieu des Usines'), sampleByDefault: false },
      ],
      [{ file: 'liens.csv', table: parseCsv(LINKS), sampleByDefault: false }],
      FIXTURE_PLACES,
    );
    expect([...build.actorRows]).toEqual([
      ['atelier-commun', { file: 'acteurs.csv', line: 2 }],
      ['maison-des-possibles', { file: 'acteurs.csv', line: 4 }],
      ['atelier-commun-bis', { file: 'acteurs.csv', line: 5 }],
      ['tiers-lieu-des-usines', { file: 'autres.csv', line: 2 }],
    ]);
    expect(build.actors.features.map((f) => f.properties.id)).toEqual(['atelier-commun', 'maison-des-possibles', 'tiers-lieu-des-usines']);
  });
});
