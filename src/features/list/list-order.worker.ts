/// <reference lib="webworker" />
/**
 * The list's orders of a big dataset, off the main thread (a second or so for 100,000 names),
 * found ahead on the load's tail: work for later, in steps that pause while a person acts.
 */
import { computeListOrdersSteps, LIST_ORDERS_WORK, type ListOrderInput, type ListOrders } from './list-order';
import { serveRpc } from '../../shared/workers/rpc';
import { runStepsInSlices } from '../../core/steps';
import { inputPauses } from '../../state/input-pauses';

/** Work between two looks at the inputs. */
const SLICE_MS = 15;

// Once the list is open and waits for them (`awaitWork`), no more pauses.
const pauses = inputPauses(LIST_ORDERS_WORK);

/** `awaited`: the list is open and waits for them (no pauses). */
export type ListOrderRequest = { type: 'orders'; awaited: boolean } & ListOrderInput;
export interface ListOrderReplies {
  orders: ListOrders;
}

// The orders are moved to the page, not copied.
serveRpc<ListOrderRequest>(
  (request) => {
    if (request.awaited) pauses.hurry();
    return runStepsInSlices(computeListOrdersSteps(request), SLICE_MS, pauses.next);
  },
  (value) => {
    const orders = value as ListOrders;
    return [orders.name.buffer, orders.nameRank.buffer, orders.place.buffer, orders.qualification.buffer];
  },
);
