/** The rows of the list view: the filtered actors, optionally only those in view, sorted. */
import type { DatasetIndex } from '../../core/dataset-index';
import type { ActorLinkMetrics } from '../links/link-graph';
import type { ListSort } from '../../core/url-state';
import { byValueThenName, listOrders, type ListOrders } from './list-order';

export type Bounds = [number, number, number, number];
export type MetricSort = 'links' | 'worlds' | 'betweenness';

export function isMetricSort(sort: ListSort): sort is MetricSort {
  return sort === 'links' || sort === 'worlds' || sort === 'betweenness';
}

type MetricsById = ReadonlyMap<string, Pick<ActorLinkMetrics, MetricSort>>;

/**
 * The rows in the list's order. `orders` are the dataset's precomputed orders (computed here when
 * not given); `null` while they are being computed elsewhere: the rows then keep the dataset's order,
 * for the moment. A search's relevance order needs none of them.
 */
export function listRows(
  data: DatasetIndex,
  matches: Uint8Array,
  sort: ListSort,
  inBounds: Bounds | null,
  textOrder?: readonly number[],
  /** The network metrics by actor id; until they are there, metric sorts fall back to names. */
  metrics?: MetricsById,
  orders: ListOrders | null = listOrders(data),
): number[] {
  // No call per row unless the list keeps to the map's view (100,000 calls were ~25 ms of the list's first open).
  const inside = inBounds ? (row: number) => within(data, row, inBounds) : null;
  if (sort === 'name' && textOrder && textOrder.length > 0) {
    // With a search, "pertinence" first: the search index's order, then the others in dataset order.
    const rows: number[] = [];
    const seen = new Uint8Array(matches.length);
    for (const row of textOrder) {
      if (seen[row] === 1 || matches[row] !== 1 || (inside !== null && !inside(row))) continue;
      seen[row] = 1;
      rows.push(row);
    }
    for (let row = 0; row < matches.length; row += 1) {
      if (seen[row] !== 1 && matches[row] === 1 && (inside === null || inside(row))) rows.push(row);
    }
    return rows;
  }
  if (!orders) return pick(identity(matches.length), matches, inside);
  if (sort === 'qualification') return pick(orders.qualification, matches, inside);
  if (sort === 'place') return pick(orders.place, matches, inside);
  if (isMetricSort(sort) && metrics) {
    return pick(byValueThenName(orders.name, orders.nameRank, metricValues(data, metrics, sort)), matches, inside);
  }
  return pick(orders.name, matches, inside);
}

/** The rows of `order` that match (and are `inside` the view, when it is given), in that order. */
function pick(order: ArrayLike<number>, matches: Uint8Array, inside: ((row: number) => boolean) | null): number[] {
  const rows: number[] = [];
  for (let i = 0; i < order.length; i += 1) {
    const row = order[i] as number;
    if (matches[row] === 1 && (inside === null || inside(row))) rows.push(row);
  }
  return rows;
}

function identity(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i;
  return rows;
}

/** Each row's value of a metric (0 when unknown), once per metrics object and sort. */
const valuesCache = new WeakMap<MetricsById, Map<MetricSort, { data: DatasetIndex; values: Float64Array }>>();

function metricValues(data: DatasetIndex, metrics: MetricsById, sort: MetricSort): Float64Array {
  let bySort = valuesCache.get(metrics);
  if (!bySort) {
    bySort = new Map();
    valuesCache.set(metrics, bySort);
  }
  const cached = bySort.get(sort);
  if (cached && cached.data === data) return cached.values;
  const values = new Float64Array(data.features.length);
  for (let row = 0; row < values.length; row += 1) {
    const id = data.features[row]?.properties.id;
    values[row] = (id === undefined ? undefined : metrics.get(id)?.[sort]) ?? 0;
  }
  bySort.set(sort, { data, values });
  return values;
}

function within(data: DatasetIndex, row: number, [w, s, e, n]: Bounds): boolean {
  const lon = data.columns.coords[2 * row] ?? NaN;
  const lat = data.columns.coords[2 * row + 1] ?? NaN;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
