/**
 * A big dataset's list orders (`use-list-orders.ts`), started in the background once the first
 * view is drawn: the list then opens already in order instead of re-sorting under the reader's
 * eyes. Small datasets are sorted when the list opens (a few tens of ms). The list's code is
 * fetched then, not with the first view.
 */
import { useEffect } from 'react';
import { afterFirstView } from '../../state/perf-marks';
import { useDatasetIndex } from '../../state/use-atlas-data';

/** From this many rows the orders are computed in a worker (below, it takes a few tens of ms). */
export const WORKER_FROM_ROWS = 20_000;

export function usePreparedListOrders(): void {
  const data = useDatasetIndex();
  useEffect(() => {
    if (!data || data.features.length < WORKER_FROM_ROWS) return;
    // Sorted once per actors array: links that arrive later ask again and get the same promise.
    return afterFirstView(() => void import('./use-list-orders').then((m) => m.requestListOrders(data)));
  }, [data]);
}
