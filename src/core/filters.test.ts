import { describe, expect, it } from 'vitest';
import { activeFilterCount, applyFilters, buildActorTable, EMPTY_FILTERS, FACETS, type Facet, type Filters } from './filters';
import { ACTORS } from '../../tests/fixtures/actors';

const table = buildActorTable(ACTORS);
/** The text hits at `rows`, as the store gives them. */
const hitsAt = (...rows: number[]) => {
  const hits = new Uint8Array(table.size);
  for (const row of rows) hits[row] = 1;
  return hits;
};
const ids = (f: Partial<Filters>, hits?: Uint8Array) => {
  const r = applyFilters(table, { ...EMPTY_FILTERS, ...f }, hits);
  return table.ids.filter((_, i) => r.matches[i] === 1);
};

describe('applyFilters', () => {
  it('matches everything with no filter', () => {
    expect(applyFilters(table, EMPTY_FILTERS).total).toBe(6);
  });

  it('adds options within a facet (OR)', () => {
    expect(ids({ practices: ['lieu', 'experimentation'] })).toEqual(['a', 'c', 'd']);
  });

  it('narrows across facets (AND)', () => {
    expect(ids({ practices: ['lieu'], scopes: ['national'] })).toEqual(['c']);
  });

  it('matches an actor with several practices on any of them', () => {
    expect(ids({ practices: ['dialogue'] })).toEqual(['b', 'e']);
  });

  it('filters by profile, kind, theme, région and département', () => {
    expect(ids({ profiles: ['association'] })).toEqual(['a', 'c']);
    expect(ids({ kinds: ['project'] })).toEqual(['d']);
    expect(ids({ themes: ['emploi'] })).toEqual(['b', 'd']);
    expect(ids({ regions: ['84'] })).toEqual(['d', 'e']);
    expect(ids({ departements: ['86', '94'] })).toEqual(['a', 'b']);
  });

  it('matches nothing for a région no actor is in', () => {
    expect(ids({ regions: ['53'] })).toEqual([]);
  });

  it('separates real and sample data', () => {
    expect(ids({ data: 'real' })).toEqual(['a', 'b', 'c', 'f']);
    expect(ids({ data: 'sample' })).toEqual(['d', 'e']);
  });

  it('keeps actors at or above the minimum qualification', () => {
    expect(ids({ minQualification: 0.73 })).toEqual(['a', 'b', 'd', 'e']);
  });

  it('intersects with the text hits', () => {
    expect(ids({ profiles: ['association'] }, hitsAt(0, 1))).toEqual(['a']);
  });

  it('does not change the filters it is given', () => {
    const f = Object.freeze({ ...EMPTY_FILTERS, practices: Object.freeze(['lieu']) as unknown as Filters['practices'] });
    expect(() => applyFilters(table, f)).not.toThrow();
  });
});

describe('facet counts', () => {
  it('counts each option against the other facets only', () => {
    const { counts } = applyFilters(table, { ...EMPTY_FILTERS, practices: ['lieu'], regions: ['75'] });
    // Practices ignore the practice filter: région 75 holds only "a" (lieu).
    expect(counts.practices).toEqual({ dialogue: 0, experimentation: 0, accompagnement: 0, lieu: 1 });
    // Régions ignore the région filter: lieu actors are "a" (75) and "c" (no région).
    expect(counts.regions).toEqual({ '75': 1, '11': 0, '84': 0 });
  });

  it('counts every option with no filter, an actor counting once per practice it has', () => {
    const { counts } = applyFilters(table, EMPTY_FILTERS);
    expect(counts.practices).toEqual({ dialogue: 2, experimentation: 1, accompagnement: 2, lieu: 2 });
    expect(counts.profiles).toEqual({ collectivite: 1, association: 2, entreprise: 1, accompagnateur: 1, institution: 0, academique: 0 });
    expect(counts.kinds).toEqual({ actor: 5, project: 1 });
    expect(counts.data).toEqual({ all: 6, real: 4, sample: 2 });
    expect(counts.themes).toEqual({ culture: 1, emploi: 2, santé: 1 });
  });

  it('counts, for every facet and option, the actors the other filters keep that have it, whatever the filters', () => {
    const options: Partial<Filters>[] = [
      {},
      { practices: ['lieu'] },
      { practices: ['dialogue', 'accompagnement'] },
      { profiles: ['association'] },
      { regions: ['75', '11'] },
      { themes: ['emploi'] },
      { data: 'sample' },
      { kinds: ['actor'], scopes: ['local'] },
      { minQualification: 0.5 },
    ];
    const has = (facet: Facet, row: number, option: string): boolean => {
      const a = ACTORS[row]!.properties;
      const values: Record<Facet, readonly (string | null)[]> = {
        practices: a.practices,
        profiles: [a.profile],
        scopes: [a.scope],
        kinds: [a.kind],
        themes: a.themes,
        regions: [a.region],
        departements: [a.departement],
        data: [a.sample ? 'sample' : 'real'],
      };
      return values[facet].includes(option);
    };
    for (const a of options) {
      for (const b of options) {
        for (const hits of [undefined, hitsAt(0, 2, 3, 5)]) {
          const filters = { ...EMPTY_FILTERS, ...a, ...b };
          const { counts } = applyFilters(table, filters, hits);
          for (const facet of FACETS) {
            const open = applyFilters(table, { ...filters, [facet]: facet === 'data' ? 'all' : [] }, hits).matches;
            for (const [option, count] of Object.entries(counts[facet])) {
              const expected =
                facet === 'data' && option === 'all'
                  ? open.reduce((n, m) => n + m, 0)
                  : ACTORS.filter((_, row) => open[row] === 1 && has(facet, row, option)).length;
              expect(count, `${facet} ${option} under ${JSON.stringify(filters)}`).toBe(expected);
            }
          }
        }
      }
    }
  });

  it('applies the text and qualification filters to every facet', () => {
    const { counts } = applyFilters(table, { ...EMPTY_FILTERS, minQualification: 0.9 }, hitsAt(0, 1, 2));
    expect(counts.profiles.association).toBe(1);
    expect(counts.profiles.entreprise).toBe(1);
  });
});

describe('activeFilterCount', () => {
  it('counts each option, the data choice, the minimum and the text', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, practices: ['lieu', 'dialogue'], data: 'real', minQualification: 0.5, text: ' x ' })).toBe(
      5,
    );
  });
});
