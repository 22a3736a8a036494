/**
 * Communities of the ecosystem graph, for graphs too large to draw node by node: Louvain
 * (graphology-communities-louvain) on the links taken both ways, with a seeded random source so
 * that the same data always gives the same communities; then each community as one node (its
 * members counted, what characterises them: most common région, département and profile) and the
 * links between communities added up. Plain arrays in and out: it runs in the layout worker.
 *
 * Fiches without any link in the graph, or in a community of a handful, are not a community in
 * any useful sense (Louvain leaves each alone): they are gathered into one group per région
 * instead, marked `unlinked`, so that the picture stays a few hundred nodes whatever the data.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { COMMUNITY_SEED } from './community-subgraph';

export interface NodeColumns {
  /** Coded région, département and profile of each node (ids into the dataset's tables). */
  region: ArrayLike<number>;
  departement: ArrayLike<number>;
  profile: ArrayLike<number>;
}

export interface Communities {
  /** Community number of each node: 0 for the largest, ties in order of their first node. */
  of: Uint32Array;
  count: number;
  /** Members of each community. */
  sizes: Uint32Array;
  /** 1 where the community gathers scattered fiches: without links, or in tiny groups (one per région). */
  unlinked: Uint8Array;
}

/** A seeded random source (mulberry32): Louvain's visiting order, the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Communities smaller than this join their région's group of scattered fiches. */
export const MIN_COMMUNITY_SIZE = 5;

/**
 * Louvain communities of the `nodeCount` nodes joined by `edges` (pairs of node numbers; links
 * between the same two nodes add up as the weight of one edge, self-links are left out).
 *
 * Louvain runs on the core of the graph (its 2-core): a node with a single neighbour belongs with
 * it (that always raises modularity), so the trees hanging from the core are pruned first, leaf
 * after leaf, and each pruned node joins the community of the node it hung from. On networks of
 * many small partners that leaves Louvain a fraction of the work. A tree standing alone is one
 * community. Nodes without links, and communities of fewer than `MIN_COMMUNITY_SIZE` nodes, are
 * grouped by `groupOf` (their région or département), each group one community marked `unlinked`.
 */
export function detectCommunities(
  nodeCount: number,
  edges: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  seed = COMMUNITY_SEED,
): Communities {
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
  const mapping = graph.order > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};

  // Raw labels: Louvain's community; a pruned node takes the one of the node it hung from, a
  // tree's last node starts a community of its own; -1 without links.
  const raw = new Float64Array(nodeCount).fill(-1);
  let next = 0;
  for (const key in mapping) next = Math.max(next, mapping[key]! + 1);
  for (let i = 0; i < nodeCount; i += 1) if (!pruned[i] && degree[i]! > 0) raw[i] = mapping[String(i)]!;
  for (let k = prunedOrder.length - 1; k >= 0; k -= 1) {
    const v = prunedOrder[k]!;
    const u = hung[v]!;
    raw[v] = u >= 0 ? raw[u]! : next++;
  }
  const rawSize = new Map<number, number>();
  for (let i = 0; i < nodeCount; i += 1) rawSize.set(raw[i]!, (rawSize.get(raw[i]!) ?? 0) + 1);
  // Scattered fiches by group, numbered after every Louvain community.
  let louvainMax = -1;
  for (const c of rawSize.keys()) louvainMax = Math.max(louvainMax, c);
  const scattered = new Set<number>();
  for (let i = 0; i < nodeCount; i += 1) {
    if (raw[i]! >= 0 && rawSize.get(raw[i]!)! >= MIN_COMMUNITY_SIZE) continue;
    raw[i] = louvainMax + 1 + (groupOf[i] ?? 0);
    scattered.add(raw[i]!);
  }
  // Numbered from the largest; equal sizes in order of their first node: deterministic.
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let i = 0; i < nodeCount; i += 1) {
    const c = raw[i]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  }
  const order = [...size.keys()].sort((p, q) => size.get(q)! - size.get(p)! || first.get(p)! - first.get(q)!);
  const numberOf = new Map(order.map((c, k) => [c, k]));
  const of = new Uint32Array(nodeCount);
  for (let i = 0; i < nodeCount; i += 1) of[i] = numberOf.get(raw[i]!)!;
  return {
    of,
    count: order.length,
    sizes: Uint32Array.from(order, (c) => size.get(c)!),
    unlinked: Uint8Array.from(order, (c) => (scattered.has(c) ? 1 : 0)),
  };
}

export interface CommunityLinks {
  /** Pairs of community numbers, the smaller first, sorted. */
  pairs: Uint32Array;
  /** Number of links between the two communities of each pair. */
  weights: Uint32Array;
  /** Links inside each community. */
  internal: Uint32Array;
}

/** The links between communities added up, one entry per pair of communities. */
export function aggregateLinks(of: ArrayLike<number>, count: number, edges: ArrayLike<number>): CommunityLinks {
  const internal = new Uint32Array(count);
  const weight = new Map<number, number>();
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const a = of[edges[e]!]!;
    const b = of[edges[e + 1]!]!;
    if (edges[e] === edges[e + 1]) continue;
    if (a === b) {
      internal[a] = internal[a]! + 1;
      continue;
    }
    const key = Math.min(a, b) * count + Math.max(a, b);
    weight.set(key, (weight.get(key) ?? 0) + 1);
  }
  const keys = [...weight.keys()].sort((p, q) => p - q);
  const pairs = new Uint32Array(keys.length * 2);
  const weights = new Uint32Array(keys.length);
  keys.forEach((key, k) => {
    pairs[2 * k] = Math.floor(key / count);
    pairs[2 * k + 1] = key % count;
    weights[k] = weight.get(key)!;
  });
  return { pairs, weights, internal };
}

/** What characterises one community: its most common value of each column, and its share. */
export interface CommunityTraits {
  region: number;
  regionShare: number;
  departement: number;
  departementShare: number;
  profile: number;
  profileShare: number;
}

/** The most common région, département and profile of each community (ties: the smallest code). */
export function communityTraits(of: ArrayLike<number>, sizes: ArrayLike<number>, columns: NodeColumns): CommunityTraits[] {
  const count = sizes.length;
  const mode = (column: ArrayLike<number>) => {
    const tallies = Array.from({ length: count }, () => new Map<number, number>());
    for (let i = 0; i < of.length; i += 1) {
      const tally = tallies[of[i]!]!;
      const v = column[i]!;
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    return tallies.map((tally, c) => {
      let best = -1;
      let bestCount = 0;
      for (const [v, n] of tally) {
        if (n > bestCount || (n === bestCount && v < best)) {
          best = v;
          bestCount = n;
        }
      }
      return { value: best, share: sizes[c]! > 0 ? bestCount / sizes[c]! : 0 };
    });
  };
  const region = mode(columns.region);
  const departement = mode(columns.departement);
  const profile = mode(columns.profile);
  return region.map((r, c) => ({
    region: r.value,
    regionShare: r.share,
    departement: departement[c]!.value,
    departementShare: departement[c]!.share,
    profile: profile[c]!.value,
    profileShare: profile[c]!.share,
  }));
}
