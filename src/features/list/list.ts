/** The rows of the list view: the filtered actors, optionally only those in view, sorted. */
import type { DatasetIndex } from '../../core/dataset-index';
import type { ActorLinkMetrics } from '../links/link-graph';
import type { ListSort } from '../../core/url-state';

export type Bounds = [number, number, number, number];
export type MetricSort = 'links' | 'worlds' | 'betweenness';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function listRows(
  data: DatasetIndex,
  matches: Uint8Array,
  sort: ListSort,
  inBounds: Bounds | null,
  textOrder?: readonly number[],
  /** The network metrics by actor id; until they are there, metric sorts fall back to names. */
  metrics?: ReadonlyMap<string, Pick<ActorLinkMetrics, MetricSort>>,
): number[] {
  const rows: number[] = [];
  for (let i = 0; i < matches.length; i += 1) {
    if (matches[i] !== 1) continue;
    if (inBounds && !within(data, i, inBounds)) continue;
    rows.push(i);
  }
  const name = (i: number) => data.features[i]?.properties.name ?? '';
  if (sort === 'name' && textOrder && textOrder.length > 0) {
    // With a search, "pertinence" first: the search index's order.
    const rank = new Map(textOrder.map((row, r) => [row, r]));
    return rows.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  }
  if (sort === 'qualification') {
    return rows.sort(
      (a, b) =>
        (data.features[b]?.properties.qualification ?? 0) - (data.features[a]?.properties.qualification ?? 0) ||
        collator.compare(name(a), name(b)),
    );
  }
  if (sort === 'links' || sort === 'worlds' || sort === 'betweenness') {
    if (!metrics) return rows.sort((a, b) => collator.compare(name(a), name(b)));
    const value = (i: number) => metrics.get(data.features[i]?.properties.id ?? '')?.[sort] ?? 0;
    return rows.sort((a, b) => value(b) - value(a) || collator.compare(name(a), name(b)));
  }
  if (sort === 'place') {
    const place = (i: number) => {
      const p = data.features[i]?.properties;
      return p ? `${p.departement || 'zz'} ${p.communeName}` : '';
    };
    return rows.sort((a, b) => collator.compare(place(a), place(b)) || collator.compare(name(a), name(b)));
  }
  return rows.sort((a, b) => collator.compare(name(a), name(b)));
}

function within(data: DatasetIndex, row: number, [w, s, e, n]: Bounds): boolean {
  const lon = data.columns.coords[2 * row] ?? NaN;
  const lat = data.columns.coords[2 * row + 1] ?? NaN;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
