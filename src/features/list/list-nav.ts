/**
 * The list view's keyboard moves and sort state, as plain functions.
 */
import type { ListSort } from '../../core/url-state';

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

/**
 * The order the rows are really in: with a search text, the name sort gives way to relevance; a
 * network metric's sort gives way to names until the metrics are computed.
 */
export type EffectiveSort = ListSort | 'relevance';

const METRIC_SORTS: readonly ListSort[] = ['links', 'worlds', 'betweenness'];

export function effectiveSort(sort: ListSort, textOrder: readonly number[] | undefined, metricsReady = true): EffectiveSort {
  if (!metricsReady && METRIC_SORTS.includes(sort)) return 'name';
  return sort === 'name' && textOrder !== undefined && textOrder.length > 0 ? 'relevance' : sort;
}

/** Columns sorted highest first; the others sort A to Z. */
const DESCENDING: readonly ListSort[] = ['qualification', 'links', 'worlds', 'betweenness'];

/** The `aria-sort` of a sortable column. */
export function ariaSort(column: ListSort, sort: EffectiveSort): 'ascending' | 'descending' | 'none' {
  if (column !== sort) return 'none';
  return DESCENDING.includes(column) ? 'descending' : 'ascending';
}
