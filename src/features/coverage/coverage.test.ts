import { describe, expect, it } from 'vitest';
import {
  classCount,
  classify,
  classOf,
  countActors,
  countedKind,
  countedTotals,
  densities,
  densityClasses,
  quantile,
  roundSignificant,
  unplacedCount,
  WHITE_SHARE_CLASSES,
} from './coverage';
import { indexDataset } from '../../core/dataset-index';
import { applyFilters, EMPTY_FILTERS, type Filters } from '../../core/filters';
import { TERRITORY, TERRITORY_ACTORS } from '../../../tests/fixtures/coverage-territory';

const data = indexDataset(TERRITORY_ACTORS, []);
const matchesFor = (filters: Partial<Filters> = {}) => applyFilters(data.table, { ...EMPTY_FILTERS, ...filters }).matches;
const depDensities = (filters: Partial<Filters> = {}) =>
  densities(TERRITORY.departements, countActors(data.table, data.columns.coords, matchesFor(filters), 'departement'));

describe('countActors', () => {
  it('counts the matching actors with a point by their département, sample ones apart', () => {
    const counts = countActors(data.table, data.columns.coords, matchesFor(), 'departement');
    expect(Object.fromEntries(counts)).toEqual({ '01': { count: 1, sample: 0 }, '03': { count: 1, sample: 1 } });
  });

  it('never counts an actor without a point, even with a département code, nor a national network without a seat', () => {
    const counts = countActors(data.table, data.columns.coords, matchesFor({ practices: ['dialogue'] }), 'departement');
    // Y (dialogue, 03) counts; Z (dialogue, 02, no point) does not.
    expect([...counts.keys()]).toEqual(['03']);
    const national = countActors(data.table, data.columns.coords, matchesFor({ scopes: ['national'] }), 'departement');
    expect(national.size).toBe(0);
  });

  it('counts by région', () => {
    const counts = countActors(data.table, data.columns.coords, matchesFor(), 'region');
    expect(Object.fromEntries(counts)).toEqual({ '84': { count: 1, sample: 0 }, '32': { count: 1, sample: 1 } });
  });
});

describe('densities', () => {
  it('gives actors per 100,000 inhabitants, 0 for a département with none', () => {
    // 01: 1 × 100 000 / 2 000 = 50; 02: 0 actor; 03: 1 × 100 000 / 4 000 = 25.
    expect(depDensities().map((r) => [r.code, r.count, r.density])).toEqual([
      ['01', 1, 50],
      ['02', 0, 0],
      ['03', 1, 25],
    ]);
  });

  it('follows the filters: projects only', () => {
    // Only Y is a project: 01 falls to 0, 03 keeps 25.
    expect(depDensities({ kinds: ['project'] }).map((r) => r.density)).toEqual([0, 0, 25]);
  });

  it('by région: 1 × 100 000 / 7 000 for Sud, 1 × 100 000 / 4 000 for Nord', () => {
    const rows = densities(TERRITORY.regions, countActors(data.table, data.columns.coords, matchesFor(), 'region'));
    expect(rows.find((r) => r.code === '84')?.density).toBeCloseTo(14.2857, 4);
    expect(rows.find((r) => r.code === '32')?.density).toBe(25);
  });

  it('has no density for a territory without population', () => {
    expect(densities([{ code: '99', name: 'Vide', population: 0 }], new Map())[0]?.density).toBeNull();
  });
});

describe('legend classes', () => {
  it('takes the quartiles of the positive values, zero apart', () => {
    // Positive values sorted: 0.5 1 2 4 8 (n = 5): ranks 1, 2, 3 of 0…4 are the quartiles.
    const classes = densityClasses([0, 0.5, 1, 2, 4, 8, null]);
    expect(classes.breaks).toEqual([1, 2, 4]);
    expect(classCount(classes)).toBe(5);
    expect([0, 0.5, 1, 1.5, 2, 4, 8].map((v) => classOf(v, classes))).toEqual([0, 1, 2, 2, 3, 4, 4]);
    expect(classOf(null, classes)).toBeNull();
  });

  it('rounds the bounds to two significant digits', () => {
    // n = 4: Q1 at rank 0.75: 0.123 + 0.75 × 0.333 = 0.37275 → 0.37;
    // Q2 at 1.5: 0.456 + 0.5 × 0.333 = 0.6225 → 0.62; Q3 at 2.25: 0.789 + 0.25 × 0.4455 = 0.900375 → 0.9.
    expect(densityClasses([0.123, 0.456, 0.789, 1.2345]).breaks).toEqual([0.37, 0.62, 0.9]);
  });

  it('drops bounds that separate nothing', () => {
    expect(densityClasses([2, 2, 2, 0]).breaks).toEqual([]);
    expect(densityClasses([]).breaks).toEqual([]);
    expect(classOf(2, densityClasses([2, 2]))).toBe(1);
  });

  it('uses fixed classes for the white zones: 0 %, under 10 %, 10–25 %, 25–50 %, 50–75 %, 75 % and more', () => {
    expect([0, 0.05, 0.1, 0.25, 0.49, 0.5, 0.75, 1].map((v) => classOf(v, WHITE_SHARE_CLASSES))).toEqual([
      0, 1, 2, 3, 3, 4, 5, 5,
    ]);
  });

  it('classifies each territory and counts the territories of each class', () => {
    const rows = depDensities().map((r) => ({ code: r.code, value: r.density }));
    // Densities 50, 0, 25: positive values 25 and 50, quartiles 31.25 → 31, 37.5 → 38, 43.75 → 44.
    const classes = densityClasses(rows.map((r) => r.value));
    expect(classes.breaks).toEqual([31, 38, 44]);
    const { classOfCode, counts } = classify([...rows, { code: '99', value: null }], classes);
    expect(Object.fromEntries(classOfCode)).toEqual({ '01': 4, '02': 0, '03': 1 });
    expect(counts).toEqual([1, 1, 0, 0, 1]);
  });

  it('rounds and interpolates as documented', () => {
    expect(roundSignificant(0.4837)).toBe(0.48);
    expect(roundSignificant(12.6)).toBe(13);
    expect(roundSignificant(1.04)).toBe(1);
    expect(quantile([1, 3], 0.5)).toBe(2);
    expect(quantile([7], 0.75)).toBe(7);
  });
});

describe('what is counted', () => {
  it('names actors, projects or both after the kind filter', () => {
    expect(countedKind([])).toBe('both');
    expect(countedKind(['actor'])).toBe('actors');
    expect(countedKind(['project'])).toBe('projects');
    expect(countedKind(['actor', 'project'])).toBe('both');
  });

  it('counts the matching rows without a point apart (Z and the national network)', () => {
    expect(unplacedCount(data.columns.coords, matchesFor())).toBe(2);
    expect(unplacedCount(data.columns.coords, matchesFor({ kinds: ['project'] }))).toBe(0);
  });

  it('adds up the real and sample rows counted', () => {
    expect(countedTotals(depDensities())).toEqual({ counted: 2, sample: 1, real: 1 });
  });
});
