/// <reference lib="webworker" />
/** The list's orders of a big dataset, off the main thread (a second or so for 100,000 names). */
import { computeListOrders, type ListOrderInput, type ListOrders } from './list-order';
import { serveRpc } from '../../shared/workers/rpc';

export type ListOrderRequest = { type: 'orders' } & ListOrderInput;
export interface ListOrderReplies {
  orders: ListOrders;
}

// The orders are moved to the page, not copied.
serveRpc<ListOrderRequest>(
  (request) => computeListOrders(request),
  (value) => {
    const orders = value as ListOrders;
    return [orders.name.buffer, orders.nameRank.buffer, orders.place.buffer, orders.qualification.buffer];
  },
);
