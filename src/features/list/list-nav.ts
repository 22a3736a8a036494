/**
 * The list view's keyboard moves, progressive rendering and sort state, as plain functions.
 */
import type { ListSort } from '../../core/url-state';

/** Rows rendered at first, and added by each "show more". */
export const LIST_PAGE_SIZE = 200;
/** Rows skipped by Page Up / Page Down. */
export const LIST_PAGE_JUMP = 10;

/** The row a key moves the focus to from `current` among `count` rows; null for other keys. */
export function moveIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'PageDown':
      return Math.min(from + LIST_PAGE_JUMP, last);
    case 'PageUp':
      return Math.max(from - LIST_PAGE_JUMP, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** How many rows to render after one more "show more". */
export function nextShown(shown: number, total: number, step: number = LIST_PAGE_SIZE): number {
  return Math.min(total, Math.max(shown, 0) + step);
}

/** The order the rows are really in: with a search text, the name sort gives way to relevance. */
export type EffectiveSort = ListSort | 'relevance';

export function effectiveSort(sort: ListSort, textOrder: readonly number[] | undefined): EffectiveSort {
  return sort === 'name' && textOrder !== undefined && textOrder.length > 0 ? 'relevance' : sort;
}

/** Columns sorted highest first; the others sort A to Z. */
const DESCENDING: readonly ListSort[] = ['qualification', 'links', 'worlds', 'betweenness'];

/** The `aria-sort` of a sortable column. */
export function ariaSort(column: ListSort, sort: EffectiveSort): 'ascending' | 'descending' | 'none' {
  if (column !== sort) return 'none';
  return DESCENDING.includes(column) ? 'descending' : 'ascending';
}
