/** The columns the table codes from the data: as many distinct values as a sheet holds, any name. */
import { describe, expect, it } from 'vitest';
import { applyFilters, buildActorTable, EMPTY_FILTERS, type Filters } from './filters';
import { actor } from '../../tests/fixtures/actors';

const THEMES = 70_000;
const uniqueTheme = (i: number) => `thème unique ${i}`;

describe('a table of 70,000 distinct themes (each actor its own)', () => {
  // Actor n° i (1-based) has the theme "thème unique i"; the even ones are projects.
  const features = Array.from({ length: THEMES }, (_, k) =>
    actor({ id: `a${k + 1}`, kind: (k + 1) % 2 === 0 ? 'project' : 'actor', themes: [uniqueTheme(k + 1)] }, null),
  );
  const table = buildActorTable(features);
  const run = (f: Partial<Filters>) => {
    const result = applyFilters(table, { ...EMPTY_FILTERS, ...f });
    return { ...result, ids: table.ids.filter((_, i) => result.matches[i] === 1) };
  };

  it('holds the theme ids in 32 bits, so that no id wraps', () => {
    expect(table.themes).toHaveLength(THEMES);
    expect(table.themeIds).toBeInstanceOf(Uint32Array);
    expect(table.themeIds[THEMES - 1]).toBe(THEMES - 1);
  });

  it('matches exactly one actor for « thème unique 10 » and one for « thème unique 70000 »', () => {
    expect(run({ themes: [uniqueTheme(10)] }).ids).toEqual(['a10']);
    expect(run({ themes: [uniqueTheme(70_000)] }).ids).toEqual(['a70000']);
    expect(run({ themes: [uniqueTheme(65_546)] }).ids).toEqual(['a65546']);
    expect(run({ themes: [uniqueTheme(10), uniqueTheme(70_000)] }).total).toBe(2);
  });

  it('counts each theme once, whatever its id', () => {
    const { counts, total } = run({});
    expect(total).toBe(THEMES);
    expect(Object.keys(counts.themes)).toHaveLength(THEMES);
    expect(Object.values(counts.themes).every((n) => n === 1)).toBe(true);
    expect(counts.themes[uniqueTheme(10)]).toBe(1);
    expect(counts.themes[uniqueTheme(70_000)]).toBe(1);
  });

  it('counts the themes against the other facets', () => {
    const { counts, total } = run({ kinds: ['project'], themes: [uniqueTheme(10)] });
    expect(total).toBe(1);
    expect(counts.themes[uniqueTheme(10)]).toBe(1);
    expect(counts.themes[uniqueTheme(69_999)]).toBe(0);
    expect(counts.themes[uniqueTheme(70_000)]).toBe(1);
    expect(Object.values(counts.themes).reduce((a, b) => a + b, 0)).toBe(THEMES / 2);
    // Kinds ignore the kind filter: the one actor of theme 10 is a project.
    expect(counts.kinds).toEqual({ actor: 0, project: 1 });
  });
});

describe('coded columns sized from the data', () => {
  it('uses 8 bits up to 256 distinct values and 16 bits above', () => {
    const features = (n: number) => Array.from({ length: n }, (_, k) => actor({ id: `a${k}`, departement: `d${k}`, themes: ['x'] }));
    expect(buildActorTable(features(256)).departement).toBeInstanceOf(Uint8Array);
    const wide = buildActorTable(features(300));
    expect(wide.departement).toBeInstanceOf(Uint16Array);
    expect(wide.themeIds).toBeInstanceOf(Uint8Array);
    const r = applyFilters(wide, { ...EMPTY_FILTERS, departements: ['d299'] });
    expect(wide.ids.filter((_, i) => r.matches[i] === 1)).toEqual(['a299']);
    expect(r.counts.departements.d299).toBe(1);
    expect(r.counts.departements.d43).toBe(1);
  });
});

describe('themes named like the properties of an object', () => {
  const features = [
    actor({ id: 'p', themes: ['__proto__'] }),
    actor({ id: 'c', themes: ['constructor', 'toString'] }),
    actor({ id: 't', themes: ['toString'], region: '__proto__' }),
    actor({ id: 'h', themes: ['hasOwnProperty'], region: 'constructor' }),
  ];
  const table = buildActorTable(features);
  const ids = (f: Partial<Filters>) => {
    const r = applyFilters(table, { ...EMPTY_FILTERS, ...f });
    return table.ids.filter((_, i) => r.matches[i] === 1);
  };
  const entries = (record: Record<string, number>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));

  it('counts them as options', () => {
    const { counts } = applyFilters(table, EMPTY_FILTERS);
    expect(entries(counts.themes)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
      ['hasOwnProperty', 1],
      ['toString', 2],
    ]);
    expect(entries(counts.regions)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
    ]);
    // No inherited property passes for an option.
    expect(counts.themes.valueOf).toBeUndefined();
    expect(Object.getPrototypeOf(counts.themes)).toBeNull();
  });

  it('filters on them', () => {
    expect(ids({ themes: ['__proto__'] })).toEqual(['p']);
    expect(ids({ themes: ['constructor'] })).toEqual(['c']);
    expect(ids({ themes: ['toString'] })).toEqual(['c', 't']);
    expect(ids({ themes: ['valueOf'] })).toEqual([]);
    expect(ids({ regions: ['__proto__'] })).toEqual(['t']);
  });

  it('counts them against the other facets', () => {
    const { counts } = applyFilters(table, { ...EMPTY_FILTERS, regions: ['constructor'] });
    expect(counts.themes.hasOwnProperty).toBe(1);
    expect(counts.themes.toString).toBe(0);
    expect(counts.themes.__proto__).toBe(0);
  });
});
