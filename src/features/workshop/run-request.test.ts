import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES } from '../../../tests/fixtures/places';
import { runRequest } from './run-request';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('runRequest', () => {
  const sources = { actors: [{ file: 'acteurs.xlsx', sample: false }], links: [] };

  it('reads a corrected workbook from its CSV text, without calling it a misnamed file', async () => {
    const result = await runRequest({
      sources,
      corrected: { 'acteurs.xlsx': utf8('nom,commune\nMaison des associations,86194\n') },
      files: new Map([['acteurs.xlsx', utf8('not read: the corrected bytes are')]]),
      places: FIXTURE_PLACES,
      builtAt: '2026-01-01T00:00:00.000Z',
    });
    expect(result.actors.features.map((f) => f.properties.name)).toEqual(['Maison des associations']);
    expect(result.problems.filter((p) => p.file === 'acteurs.xlsx' && p.line === 0)).toEqual([]);
  });

  it('still warns about a file the person gave that is CSV under a workbook name', async () => {
    const result = await runRequest({
      sources,
      corrected: {},
      files: new Map([['acteurs.xlsx', utf8('nom,commune\nMaison des associations,86194\n')]]),
      places: FIXTURE_PLACES,
      builtAt: '2026-01-01T00:00:00.000Z',
    });
    expect(result.problems.filter((p) => p.file === 'acteurs.xlsx' && p.line === 0).map((p) => p.action)).toEqual([
      'lu comme un fichier CSV',
    ]);
  });
});
