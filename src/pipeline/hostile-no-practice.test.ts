/**
 * Fiches without a practice (tests/fixtures/hostile/no-practice.csv): an empty practice is allowed,
 * so the rows are kept whole and placed; on the map they make a cluster (and, in Poitiers, a stack
 * at one place) whose name says that no practice is given (see `markers.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { buildHostile, namesOf, reportOf, useHostileBuilds } from '../../tests/helpers/hostile-build';

useHostileBuilds();

describe('fiches without a practice', () => {
  it('are kept and placed at their commune, without a report line', async () => {
    const b = await buildHostile(['no-practice.csv']);
    expect(reportOf(b)).toEqual([]);
    expect(namesOf(b)).toEqual([
      'Collectif sans pratique 1',
      'Collectif sans pratique 2',
      'Projet sans pratique',
      'Association de Châtellerault',
      'Projet de Châtellerault',
    ]);
    expect(b.actors.map((a) => [a.properties.practices, a.properties.commune, a.properties.precision])).toEqual([
      [[], '86194', 'commune'],
      [[], '86194', 'commune'],
      [[], '86194', 'commune'],
      [[], '86066', 'commune'],
      [[], '86066', 'commune'],
    ]);
    // The three of Poitiers share one point: a stack on the map.
    expect(new Set(b.actors.slice(0, 3).map((a) => JSON.stringify(a.geometry))).size).toBe(1);
  });
});
