/**
 * The text search index, kept out of the first map's path: its code is fetched and the index
 * built when a search is first wanted, or once the first view is drawn and the page is idle, so
 * that typing finds it ready.
 */
import { useEffect, useState } from 'react';
import type { DatasetIndex } from '../core/dataset-index';
import type { SearchIndex } from '../core/search';
import { afterFirstView } from '../shared/perf-marks';

let searchModule: Promise<typeof import('../core/search')> | null = null;
/** Starts fetching the search code (the search box calls it on focus). */
export const loadSearch = () => (searchModule ??= import('../core/search'));

const indexes = new WeakMap<DatasetIndex, SearchIndex>();
/** Building waits this long for an idle page when no search is asked for yet. */
const IDLE_TIMEOUT_MS = 3000;

export function useSearchIndex(data: DatasetIndex | undefined, wanted: boolean): SearchIndex | undefined {
  const [, setBuilt] = useState(0);
  useEffect(() => {
    if (!data || indexes.has(data)) return;
    let live = true;
    const build = () =>
      void loadSearch().then(({ buildSearchIndex }) => {
        if (!indexes.has(data)) indexes.set(data, buildSearchIndex(data.features));
        if (live) setBuilt((n) => n + 1);
      });
    if (wanted) {
      build();
      return () => {
        live = false;
      };
    }
    // Safari has no requestIdleCallback: a plain timer there.
    const idle = typeof requestIdleCallback === 'function';
    let handle: number | undefined;
    const cancel = afterFirstView(() => {
      handle = idle ? requestIdleCallback(build, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(build, 0);
    });
    return () => {
      live = false;
      cancel();
      if (handle !== undefined) {
        if (idle) cancelIdleCallback(handle);
        else clearTimeout(handle);
      }
    };
  }, [data, wanted]);
  return data ? indexes.get(data) : undefined;
}
