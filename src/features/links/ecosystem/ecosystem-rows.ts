/**
 * The ecosystem graph as compact arrays, cheap enough for the main thread at 100,000 fiches: the
 * dataset rows of its nodes (the fiches matching the filters, then the fiches outside them that
 * they are linked to) and its links as pairs of node numbers. The view decides from its size
 * whether to draw every node or communities of nodes, and sends these arrays to the worker.
 */
import type { DatasetIndex } from '../../../core/dataset-index';

export interface EcosystemRows {
  /** Dataset row of each node: those matching the filters first, in row order, then the others. */
  rows: Uint32Array;
  /** Nodes matching the filters (the first `inside` of `rows`). */
  inside: number;
  /** Source and target node number of each link, one pair after the other (self-links left out). */
  edges: Uint32Array;
}

type Data = Pick<DatasetIndex, 'features' | 'links' | 'linkEnds'>;

/** The links as pairs of dataset rows, once per dataset: links to unknown fiches and self-links left out. */
const rowPairsOf = new WeakMap<Data, Uint32Array>();

export function linkRowPairs(data: Data): Uint32Array {
  let pairs = rowPairsOf.get(data);
  if (pairs) return pairs;
  const out = new Uint32Array(data.links.length * 2);
  let k = 0;
  // The ends' rows the dataset index holds (worked out once, by the links' reader or the index).
  const ends = data.linkEnds;
  for (let i = 0; i < data.links.length; i += 1) {
    const s = ends[2 * i] ?? -1;
    const t = ends[2 * i + 1] ?? -1;
    if (s < 0 || t < 0 || s === t) continue;
    out[k++] = s;
    out[k++] = t;
  }
  pairs = out.slice(0, k);
  rowPairsOf.set(data, pairs);
  return pairs;
}

/** Per dataset and filter result: the view opened again on the same selection finds its rows (and their communities) again. */
const rowsOf = new WeakMap<Data, WeakMap<Uint8Array, EcosystemRows>>();

/** The same nodes and links as `ecosystemGraph`, as arrays; made once per dataset and filter result. */
export function ecosystemRows(data: Data, matches: Uint8Array): EcosystemRows {
  let byMatches = rowsOf.get(data);
  if (!byMatches) rowsOf.set(data, (byMatches = new WeakMap()));
  let rows = byMatches.get(matches);
  if (!rows) byMatches.set(matches, (rows = selectionRows(data, matches)));
  return rows;
}

function selectionRows(data: Data, matches: Uint8Array): EcosystemRows {
  const n = data.features.length;
  const pairs = linkRowPairs(data);
  // 1 inside, 2 outside but linked to an inside fiche.
  const role = new Uint8Array(n);
  let inside = 0;
  for (let row = 0; row < n; row += 1) {
    if (matches[row] === 1) {
      role[row] = 1;
      inside += 1;
    }
  }
  let kept = 0;
  for (let e = 0; e < pairs.length; e += 2) {
    const s = pairs[e]!;
    const t = pairs[e + 1]!;
    if (role[s] !== 1 && role[t] !== 1) continue;
    kept += 1;
    if (role[s] === 0) role[s] = 2;
    if (role[t] === 0) role[t] = 2;
  }
  let outside = 0;
  for (let row = 0; row < n; row += 1) if (role[row] === 2) outside += 1;
  const numberOf = new Int32Array(n).fill(-1);
  const rows = new Uint32Array(inside + outside);
  let next = 0;
  for (const wanted of [1, 2]) {
    for (let row = 0; row < n; row += 1) {
      if (role[row] !== wanted) continue;
      numberOf[row] = next;
      rows[next++] = row;
    }
  }
  const edges = new Uint32Array(kept * 2);
  let k = 0;
  for (let e = 0; e < pairs.length; e += 2) {
    const s = pairs[e]!;
    const t = pairs[e + 1]!;
    if (role[s] !== 1 && role[t] !== 1) continue;
    edges[k++] = numberOf[s]!;
    edges[k++] = numberOf[t]!;
  }
  return { rows, inside, edges };
}

/**
 * Above this many nodes the view draws communities, not nodes: at 2,000 nodes the layout still
 * takes about a second and the drawing can still be read; at 10,000 it takes 20 s and shows one
 * disc.
 */
export const COMMUNITY_THRESHOLD = 2000;
