import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './table-sort';

const ROWS = [
  { name: 'Yvelines', value: 2.5 },
  { name: 'Ain', value: null },
  { name: 'Éure', value: 0 },
  { name: 'Côte-d’Or', value: 2.5 },
  { name: 'Aube', value: 10 },
];
const valueOf = (row: (typeof ROWS)[number], column: 'name' | 'value') => row[column];

describe('sortRows', () => {
  it('sorts numbers, keeps ties in order and missing values last', () => {
    expect(sortRows(ROWS, { column: 'value', direction: 'descending' }, valueOf).map((r) => r.name)).toEqual([
      'Aube', 'Yvelines', 'Côte-d’Or', 'Éure', 'Ain',
    ]);
    expect(sortRows(ROWS, { column: 'value', direction: 'ascending' }, valueOf).map((r) => r.name)).toEqual([
      'Éure', 'Yvelines', 'Côte-d’Or', 'Aube', 'Ain',
    ]);
  });

  it('sorts names in French order, accents ignored', () => {
    expect(sortRows(ROWS, { column: 'name', direction: 'ascending' }, valueOf).map((r) => r.name)).toEqual([
      'Ain', 'Aube', 'Côte-d’Or', 'Éure', 'Yvelines',
    ]);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column, starts another with its initial direction', () => {
    expect(nextSort({ column: 'value', direction: 'descending' }, 'value', 'descending')).toEqual({ column: 'value', direction: 'ascending' });
    expect(nextSort({ column: 'value', direction: 'ascending' }, 'name', 'ascending')).toEqual({ column: 'name', direction: 'ascending' });
  });
});
