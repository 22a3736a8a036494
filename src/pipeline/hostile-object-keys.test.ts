/**
 * Themes named like the properties every JavaScript object has (tests/fixtures/hostile/
 * object-key-themes.csv): kept as typed, offered by the theme facet, counted and filtered on like
 * any other theme (the counts are records without a prototype).
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, buildActorTable, EMPTY_FILTERS } from '../core/filters';
import { buildHostile, namesOf, reportOf, useHostileBuilds } from '../../tests/helpers/hostile-build';

useHostileBuilds();

describe('themes named __proto__, constructor, toString', () => {
  it('are kept, counted and filtered on', async () => {
    const b = await buildHostile(['object-key-themes.csv']);
    expect(reportOf(b)).toEqual([]);
    expect(namesOf(b)).toEqual(['Collectif Proto', 'Atelier Constructor', 'Maison toString']);
    expect(b.actors.map((a) => a.properties.themes)).toEqual([
      ['__proto__'],
      ['constructor', 'toString'],
      ['toString', 'hasOwnProperty', 'valueOf', '__proto__'],
    ]);

    const table = buildActorTable(b.actors);
    const { counts } = applyFilters(table, EMPTY_FILTERS);
    expect(Object.entries(counts.themes)).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
      ['toString', 2],
      ['hasOwnProperty', 1],
      ['valueOf', 1],
    ]);
    const names = (themes: string[]) => {
      const { matches } = applyFilters(table, { ...EMPTY_FILTERS, themes });
      return b.actors.filter((_, i) => matches[i] === 1).map((a) => a.properties.name);
    };
    expect(names(['__proto__'])).toEqual(['Collectif Proto', 'Maison toString']);
    expect(names(['constructor'])).toEqual(['Atelier Constructor']);
    expect(names(['toString'])).toEqual(['Atelier Constructor', 'Maison toString']);
    expect(names(['isPrototypeOf'])).toEqual([]);
  });
});
