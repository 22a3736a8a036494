/**
 * Once the first view is drawn, the list is made ready in the background: its code is fetched (a
 * first « Liste » then shows its rows without waiting for a chunk and papaparse), and a big
 * dataset's orders (`use-list-orders.ts`) are computed, so that the list opens already in order
 * instead of re-sorting under the reader's eyes. Small datasets are sorted when the list opens (a
 * few tens of ms).
 */
import { useEffect } from 'react';
import { afterFirstView } from '../../state/perf-marks';
import { useDatasetIndex } from '../../state/use-atlas-data';
import { preloadListView } from './lazy-list-view';

/** From this many rows the orders are computed in a worker (below, it takes a few tens of ms). */
export const WORKER_FROM_ROWS = 20_000;

export function usePreparedListOrders(): void {
  const data = useDatasetIndex();
  useEffect(() => afterFirstView(() => void preloadListView().catch(() => undefined)), []);
  useEffect(() => {
    if (!data || data.features.length < WORKER_FROM_ROWS) return;
    // Sorted once per actors array: links that arrive later ask again and get the same promise.
    return afterFirstView(() => void import('./use-list-orders').then((m) => m.requestListOrders(data)));
  }, [data]);
}
