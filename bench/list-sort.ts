/**
 * The list's sort, timed in node through one adapter: `listRows` (src/features/list/list.ts) may
 * change its signature; only `sortedRows` follows it.
 */
import type { DatasetIndex } from '../src/core/dataset-index';
import type { ListSort } from '../src/core/url-state';
import { listRows } from '../src/features/list/list';

/** The rows of the list for `matches`, sorted by `sort`, without a search or a map area. */
export function sortedRows(data: DatasetIndex, matches: Uint8Array, sort: ListSort): readonly number[] {
  return listRows(data, matches, sort, null);
}
