/**
 * Sorting the rows of a table alternative by one of its columns: numbers numerically, text in
 * French order, missing values always last whatever the direction, ties kept in the given order.
 */

export type SortDirection = 'ascending' | 'descending';

export interface TableSort<K extends string> {
  column: K;
  direction: SortDirection;
}

export type SortValue = number | string | null;

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: TableSort<K>,
  valueOf: (row: T, column: K) => SortValue,
): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, value: valueOf(row, sort.column) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.i - b.i : a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return sign * order || a.i - b.i;
    })
    .map((entry) => entry.row);
}

/** Clicking a column: the same one flips its direction; another starts with `initial`. */
export function nextSort<K extends string>(current: TableSort<K>, column: K, initial: SortDirection): TableSort<K> {
  if (current.column !== column) return { column, direction: initial };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
