/**
 * The list's orders of the current dataset (`list-order.ts`): computed at once for a small dataset,
 * in a worker for a big one, where sorting 100,000 names would hold the page for over a second.
 * Found ahead, the worker pauses while the person acts, until the list is open and awaits them.
 * Kept per dataset (its features array): a dataset is sorted once.
 */
import { useEffect, useState } from 'react';
import type { DatasetIndex } from '../../core/dataset-index';
import { createRpcClient } from '../../shared/workers/rpc';
import { awaitWork } from '../../state/input-pauses';
import { knownListOrders, LIST_ORDERS_WORK, listOrderInput, listOrders, rememberListOrders, type ListOrders } from './list-order';
import type { ListOrderReplies, ListOrderRequest } from './list-order.worker';
import { WORKER_FROM_ROWS } from './use-prepared-list-orders';

export { WORKER_FROM_ROWS };

const pending = new WeakMap<DatasetIndex['features'], Promise<ListOrders>>();

async function inWorker(data: DatasetIndex, awaited: boolean): Promise<ListOrders> {
  const worker = new Worker(new URL('./list-order.worker.ts', import.meta.url), { type: 'module' });
  const client = createRpcClient<ListOrderRequest, ListOrderReplies>(worker);
  try {
    // The texts are copied (about 50 ms for 100,000 names), the qualifications moved.
    const input = listOrderInput(data);
    return await client.send({ type: 'orders', ...input, awaited }, [input.qualification.buffer]);
  } finally {
    client.dispose();
  }
}

/**
 * Starts computing the orders of `data` (once), for them to be ready when the list opens;
 * `awaited` when the list is open (the worker then never pauses).
 */
export function requestListOrders(data: DatasetIndex, awaited = false): Promise<ListOrders> {
  const known = knownListOrders(data);
  if (known) return Promise.resolve(known);
  let promise = pending.get(data.features);
  if (!promise) {
    promise = (data.features.length < WORKER_FROM_ROWS ? Promise.resolve(listOrders(data)) : inWorker(data, awaited))
      // Without workers, on the page after all.
      .catch(() => listOrders(data))
      .then((orders) => {
        rememberListOrders(data, orders);
        return orders;
      });
    pending.set(data.features, promise);
  }
  return promise;
}

/** The orders of `data` (the list, open, awaits them); null while a worker computes them. */
export function useListOrders(data: DatasetIndex | undefined): ListOrders | null {
  const small = data !== undefined && data.features.length < WORKER_FROM_ROWS;
  const [arrived, setArrived] = useState<{ features: DatasetIndex['features']; orders: ListOrders } | null>(null);
  useEffect(() => {
    if (!data || small || knownListOrders(data)) return;
    // Found ahead already: that worker is told; else this one is asked as awaited.
    awaitWork(LIST_ORDERS_WORK);
    let live = true;
    void requestListOrders(data, true).then((orders) => {
      if (live) setArrived({ features: data.features, orders });
    });
    return () => {
      live = false;
    };
  }, [data, small]);
  if (!data) return null;
  if (small) return listOrders(data);
  return knownListOrders(data) ?? (arrived?.features === data.features ? arrived.orders : null);
}
