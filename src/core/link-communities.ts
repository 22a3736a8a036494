/**
 * Louvain communities of the links' network (graphology-communities-louvain), seeded so that the
 * same data always give the same communities: what the ecosystem draws above a few thousand
 * fiches. Here because two places work them out: the ecosystem's worker for the selection shown,
 * and `npm run data` for the whole network, written with the links (`links.columns.json`), so that
 * the atlas opens on them without running Louvain (1–2 s at 100,000 fiches).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { COMMUNITY_SEED } from './community-method';
import { mulberry32 } from './mulberry32';

/**
 * Louvain community labels of the `nodeCount` nodes joined by `edges` (pairs of node numbers;
 * links between the same two nodes add up as the weight of one edge, self-links are left out):
 * -1 for a node without links, else a number shared by the nodes of one community (numbers are
 * labels, not ranks).
 *
 * Louvain runs on the core of the graph (its 2-core): a node with a single neighbour belongs with
 * it (that always raises modularity), so the trees hanging from the core are pruned first, leaf
 * after leaf, and each pruned node joins the community of the node it hung from. On networks of
 * many small partners that leaves Louvain a fraction of the work. A tree standing alone is one
 * community.
 */
export function louvainLabels(nodeCount: number, edges: ArrayLike<number>, seed = COMMUNITY_SEED): Int32Array {
  // Distinct neighbours: a pair linked several times is one edge, weighted. Sorted keys rather
  // than a map: ten times faster on 100,000 links.
  const keys = new Float64Array(edges.length / 2);
  let m = 0;
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s !== t) keys[m++] = Math.min(s, t) * nodeCount + Math.max(s, t);
  }
  const sorted = keys.subarray(0, m).sort();
  const pairs: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < m; k += 1) {
    const key = sorted[k]!;
    if (k > 0 && key === sorted[k - 1]) {
      weights[weights.length - 1] = weights[weights.length - 1]! + 1;
      continue;
    }
    const s = Math.floor(key / nodeCount);
    pairs.push(s, key - s * nodeCount);
    weights.push(1);
  }
  // Neighbours of each node (compressed rows).
  const degree = new Uint32Array(nodeCount);
  for (const v of pairs) degree[v] = degree[v]! + 1;
  const start = new Uint32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i += 1) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, nodeCount);
  const neighbours = new Uint32Array(pairs.length);
  for (let k = 0; k < pairs.length; k += 2) {
    const s = pairs[k]!;
    const t = pairs[k + 1]!;
    neighbours[fill[s]!] = t;
    fill[s] = fill[s]! + 1;
    neighbours[fill[t]!] = s;
    fill[t] = fill[t]! + 1;
  }
  // Pruning: `hung[v]` is the node a pruned leaf hung from (-1: a tree's last node, or no link).
  const left = degree.slice();
  const pruned = new Uint8Array(nodeCount);
  const hung = new Int32Array(nodeCount).fill(-1);
  const prunedOrder: number[] = [];
  const queue: number[] = [];
  for (let i = 0; i < nodeCount; i += 1) if (left[i] === 1) queue.push(i);
  for (let q = 0; q < queue.length; q += 1) {
    const v = queue[q]!;
    if (pruned[v] || left[v] !== 1) continue;
    pruned[v] = 1;
    prunedOrder.push(v);
    for (let k = start[v]!; k < start[v + 1]!; k += 1) {
      const u = neighbours[k]!;
      if (pruned[u]) continue;
      hung[v] = u;
      left[u] = left[u]! - 1;
      if (left[u] === 1) queue.push(u);
    }
  }
  const graph = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < nodeCount; i += 1) if (!pruned[i] && degree[i]! > 0) graph.addNode(String(i));
  weights.forEach((weight, k) => {
    const s = pairs[2 * k]!;
    const t = pairs[2 * k + 1]!;
    if (!pruned[s] && !pruned[t]) graph.addUndirectedEdge(String(s), String(t), { weight });
  });
  const mapping = graph.order > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) }) : {};

  // Raw labels: Louvain's community; a pruned node takes the one of the node it hung from, a
  // tree's last node starts a community of its own; -1 without links.
  const raw = new Int32Array(nodeCount).fill(-1);
  let next = 0;
  for (const key in mapping) next = Math.max(next, mapping[key]! + 1);
  for (let i = 0; i < nodeCount; i += 1) if (!pruned[i] && degree[i]! > 0) raw[i] = mapping[String(i)]!;
  for (let k = prunedOrder.length - 1; k >= 0; k -= 1) {
    const v = prunedOrder[k]!;
    const u = hung[v]!;
    raw[v] = u >= 0 ? raw[u]! : next++;
  }
  return raw;
}
