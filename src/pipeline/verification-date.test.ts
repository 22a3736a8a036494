import { describe, expect, it } from 'vitest';
import { readActorSheet } from './actor-rows';
import { parseCsv } from '../core/csv';
import { ProblemLog } from '../core/problems';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';
import { splitActors } from './data-files';

function read(text: string) {
  const log = new ProblemLog('acteurs.csv');
  const result = readActorSheet(parseCsv(text), FIXTURE_PLACES, log, new Set(), { sampleByDefault: false, today: '2026-12-06' });
  return { dates: result.actors.map((a) => [a.properties.name, a.properties.verifiedAt]), problems: log.problems };
}

describe('the verification date of a sheet', () => {
  it('is read under each of its names, in each accepted form', () => {
    for (const header of ['verifie_le', 'Vérifié le', 'verified_at', 'Date de vérification', 'vérifiée le']) {
      expect(read(`name;${header}\nA;03/03/2026\n`).dates).toEqual([['A', '2026-03-03']]);
    }
    const { dates, problems } = read('name;verifie_le\nA;3/3/2026\nB;2026-03-03\nC;46084\nD;03/2026\nE;\n');
    expect(dates).toEqual([
      ['A', '2026-03-03'],
      ['B', '2026-03-03'],
      ['C', '2026-03-03'],
      ['D', '2026-03'],
      ['E', ''],
    ]);
    expect(problems).toEqual([]);
  });

  it('is empty when the sheet has no such column', () => {
    expect(read('name\nA\n').dates).toEqual([['A', '']]);
  });

  it('is left empty, with a warning, when unreadable, impossible or in the future', () => {
    const { dates, problems } = read('name;verifie_le\nA;hier\nB;31/02/2026\nC;07/12/2026\n');
    expect(dates).toEqual([
      ['A', ''],
      ['B', ''],
      ['C', ''],
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.value, p.message, p.action])).toEqual([
      [
        'warning',
        2,
        'verifie_le',
        'hier',
        'date de vérification illisible (attendu : jj/mm/aaaa, aaaa-mm-jj ou mm/aaaa)',
        'laissée vide (date de vérification inconnue)',
      ],
      [
        'warning',
        3,
        'verifie_le',
        '31/02/2026',
        'date de vérification impossible (ce jour ou ce mois n’existe pas)',
        'laissée vide (date de vérification inconnue)',
      ],
      [
        'warning',
        4,
        'verifie_le',
        '07/12/2026',
        'date de vérification dans le futur (après le 06/12/2026)',
        'laissée vide (date de vérification inconnue)',
      ],
    ]);
  });
});

describe('the update date of a sheet (mis_a_jour_le)', () => {
  it('is read like the verification date, reported in its own words, and reaches the details shard only when given', () => {
    const log = new ProblemLog('acteurs.csv');
    const table = parseCsv('name;mis_a_jour_le\nA;06/12/2026\nB;\nC;hier\n');
    const result = readActorSheet(table, FIXTURE_PLACES, log, new Set(), { sampleByDefault: false, today: '2026-12-06' });
    expect(result.actors.map((a) => a.properties.updatedAt)).toEqual(['2026-12-06', undefined, undefined]);
    expect(log.problems.map((p) => [p.line, p.column, p.message, p.action])).toEqual([
      [4, 'mis_a_jour_le', 'date de mise à jour illisible (attendu : jj/mm/aaaa, aaaa-mm-jj ou mm/aaaa)', 'laissée vide'],
    ]);
    const { details } = splitActors({ type: 'FeatureCollection', features: result.actors });
    expect(details.map((d) => d.updatedAt)).toEqual(['2026-12-06', undefined, undefined]);
    expect('updatedAt' in (details[1] ?? {})).toBe(false);
  });
});
